# MAP_POPULATE on a writable private anonymous mapping pre-faults it for writing: every page is a present, exclusive anonymous page (mapcount 1) and Rss covers the whole mapping.
require root
r = mmap(NULL, 8 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 2 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED | MAP_POPULATE, -1, 0)
for i in 0..4: pagemap(p + i * PAGE) & (PM_PRESENT | PM_MMAP_EXCLUSIVE) == PM_PRESENT | PM_MMAP_EXCLUSIVE
for i in 0..4: kpageflags(p + i * PAGE) & (KPF_ANON | KPF_ZERO_PAGE) == KPF_ANON
mapcount(p + 3 * PAGE) == 1
smaps(p, "Rss") == 4 * PAGE
read(p, 4 * PAGE) == 0
