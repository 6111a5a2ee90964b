# Where the kernel has no zero page, mlock of a PROT_READ private anonymous range populates it with read faults that each allocate a page of its own: present, exclusive, anonymous, mlocked, mapcount 1, counted in Locked.
require !zero_page
require root
p = mmap(NULL, 2 * PAGE, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
mlock(p, 2 * PAGE) == 0
pagemap(p) & (PM_PRESENT | PM_MMAP_EXCLUSIVE) == PM_PRESENT | PM_MMAP_EXCLUSIVE
pagemap(p + PAGE) & (PM_PRESENT | PM_MMAP_EXCLUSIVE) == PM_PRESENT | PM_MMAP_EXCLUSIVE
kpageflags(p) & (KPF_ZERO_PAGE | KPF_ANON | KPF_MLOCKED) == KPF_ANON | KPF_MLOCKED
kpageflags(p + PAGE) & (KPF_ZERO_PAGE | KPF_ANON | KPF_MLOCKED) == KPF_ANON | KPF_MLOCKED
mapcount(p) == 1
smaps(p, "Rss") == 2 * PAGE
smaps(p, "Locked") == 2 * PAGE
