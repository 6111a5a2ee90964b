# The shared zero page's kpageflags are KPF_ZERO_PAGE | KPF_RESERVED (a reserved page from boot): not ANON, not MMAP (never mapcounted), not UPTODATE.
require zero_page
require root
p = mmap(NULL, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
madvise(p, 2 * PAGE, MADV_NOHUGEPAGE)
read(p) == 0
kpageflags(p) & KPF_ZERO_PAGE == KPF_ZERO_PAGE
kpageflags(p) & KPF_RESERVED == KPF_RESERVED
kpageflags(p) & (KPF_ANON | KPF_MMAP | KPF_SWAPBACKED | KPF_UPTODATE | KPF_DIRTY | KPF_THP | KPF_COMPOUND_HEAD | KPF_OWNER_2) == 0
kpageflags(p) & (KPF_UNEVICTABLE | KPF_MLOCKED | KPF_BUDDY | KPF_SLAB | KPF_KSM) == 0
