# Where the kernel has no zero page, MAP_POPULATE on a PROT_READ private anonymous mapping pre-faults it for reading with a page of its own at every page: present, exclusive, anonymous, mapcount 1, counted in Rss, clean (read-only PTEs are not dirtied).
require !zero_page
require root
r = mmap(NULL, 8 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 2 * PAGE, 4 * PAGE, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED | MAP_POPULATE, -1, 0)
for i in 0..4: pagemap(p + i * PAGE) & (PM_PRESENT | PM_MMAP_EXCLUSIVE) == PM_PRESENT | PM_MMAP_EXCLUSIVE
for i in 0..4: kpageflags(p + i * PAGE) & (KPF_ZERO_PAGE | KPF_ANON) == KPF_ANON
for i in 0..4: mapcount(p + i * PAGE) == 1
frame(p + 3 * PAGE) != frame(p)
smaps(p, "Rss") == 4 * PAGE
smaps(p, "Anonymous") == 4 * PAGE
smaps(p, "Private_Clean") == 4 * PAGE
smaps(p, "Private_Dirty") == 0
vma(p) == [p, p + 4 * PAGE)
read(p, 4 * PAGE) == 0
