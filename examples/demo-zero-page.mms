# On a kernel that maps the shared zero page (the built-in profile, most
# machines): a read of untouched private memory maps that one page, read-only,
# in every process; nothing is allocated until the first write.
require zero_page
r = mmap(NULL, 16 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 4 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
read(p, 2 * PAGE) == 0
kpageflags(p) & KPF_ZERO_PAGE == KPF_ZERO_PAGE
frame(p + PAGE) == frame(p)
# the zero page is not mapcounted, not exclusive, not in Rss
pagemap(p) & (PM_PRESENT | PM_MMAP_EXCLUSIVE) == PM_PRESENT
mapcount(p) == 0
smaps(p, "Rss") == 0
# no page of its own yet, so no anon_vma: the VMA still merges like a new one
smaps(p, "Anonymous") == 0
# the first write replaces the zero page with a page of its own
write(p, 1, 'a')
kpageflags(p) & (KPF_ZERO_PAGE | KPF_ANON) == KPF_ANON
pagemap(p) & (PM_PRESENT | PM_MMAP_EXCLUSIVE) == PM_PRESENT | PM_MMAP_EXCLUSIVE
smaps(p, "Rss") == 4 * KiB
