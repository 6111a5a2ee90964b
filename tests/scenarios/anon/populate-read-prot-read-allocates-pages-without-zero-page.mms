# Where the kernel has no zero page, MADV_POPULATE_READ on a PROT_READ private anonymous mapping allocates clean exclusive anonymous pages, but MADV_POPULATE_WRITE there fails with -EINVAL and maps nothing more.
require !zero_page
require root
require !soft_dirty
p = mmap(NULL, 4 * PAGE, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
madvise(p, 2 * PAGE, MADV_POPULATE_READ) == 0
kpageflags(p + PAGE) & (KPF_ZERO_PAGE | KPF_ANON) == KPF_ANON
pagemap(p + PAGE) & (PM_PRESENT | PM_MMAP_EXCLUSIVE) == PM_PRESENT | PM_MMAP_EXCLUSIVE
mapcount(p + PAGE) == 1
smaps(p, "Private_Clean") == 2 * PAGE
madvise(p + 2 * PAGE, 2 * PAGE, MADV_POPULATE_WRITE) == -EINVAL
pagemap(p + 2 * PAGE) == 0
pagemap(p + 3 * PAGE) == 0
smaps(p, "Rss") == 2 * PAGE
