# mlock on a writable private anonymous range populates it for writing: every page becomes a present, exclusive anonymous page with mapcount 1, reading zeros.
require !soft_dirty
require root
r = mmap(NULL, 8 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 2 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
pagemap(p) == 0
mlock(p, 4 * PAGE) == 0
for i in 0..4: pagemap(p + i * PAGE) & (PM_PRESENT | PM_MMAP_EXCLUSIVE) == PM_PRESENT | PM_MMAP_EXCLUSIVE
for i in 0..4: mapcount(p + i * PAGE) == 1
for i in 0..4: kpageflags(p + i * PAGE) & (KPF_ANON | KPF_ZERO_PAGE) == KPF_ANON
smaps(p, "Rss") == 4 * PAGE
read(p, 4 * PAGE) == 0
