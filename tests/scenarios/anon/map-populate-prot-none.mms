# MAP_POPULATE on a PROT_NONE mapping succeeds but populates nothing: every page stays not present.
require !soft_dirty
p = mmap(NULL, 4 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_POPULATE, -1, 0)
for i in 0..4: pagemap(p + i * PAGE) == 0
smaps(p, "Rss") == 0
