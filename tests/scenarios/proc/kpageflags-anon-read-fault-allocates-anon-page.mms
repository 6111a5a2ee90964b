# Without the zero page, a read of untouched private anonymous memory maps a new anonymous page: kpageflags KPF_ANON | KPF_MMAP | KPF_SWAPBACKED | KPF_UPTODATE | KPF_OWNER_2 (exclusive), neither KPF_ZERO_PAGE nor KPF_RESERVED, not dirty, mapcount 1.
require !zero_page
require root
require !soft_dirty
p = mmap(NULL, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
madvise(p, 2 * PAGE, MADV_NOHUGEPAGE)
read(p) == 0
kpageflags(p) & KPF_ZERO_PAGE == 0
kpageflags(p) & KPF_RESERVED == 0
kpageflags(p) & (KPF_ANON | KPF_MMAP | KPF_SWAPBACKED | KPF_UPTODATE | KPF_DIRTY | KPF_THP | KPF_COMPOUND_HEAD | KPF_OWNER_2) == KPF_ANON | KPF_MMAP | KPF_SWAPBACKED | KPF_UPTODATE | KPF_OWNER_2
kpageflags(p) & (KPF_UNEVICTABLE | KPF_MLOCKED | KPF_BUDDY | KPF_SLAB | KPF_KSM) == 0
mapcount(p) == 1
pagemap(p) == PM_PRESENT | PM_MMAP_EXCLUSIVE
