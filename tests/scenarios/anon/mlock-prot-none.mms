# mlock of a PROT_NONE anonymous range returns -ENOMEM (populating it faults), yet the VMA is left locked ("lo" set) with nothing populated.
require !soft_dirty
p = mmap(NULL, 4 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
mlock(p, 4 * PAGE) == -ENOMEM
vmflag(p, "lo") == 1
for i in 0..4: pagemap(p + i * PAGE) == 0
smaps(p, "Rss") == 0
