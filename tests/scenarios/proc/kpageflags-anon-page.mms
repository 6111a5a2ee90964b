# A written private anonymous page has kpageflags KPF_ANON | KPF_MMAP | KPF_SWAPBACKED | KPF_UPTODATE; it is not a zero, THP, compound, KSM, mlocked or PG_dirty page (anonymous dirtiness lives in the PTE).
require root
p = mmap(NULL, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
madvise(p, 2 * PAGE, MADV_NOHUGEPAGE)
write(p, PAGE, 'a')
kpageflags(p) & (KPF_ANON | KPF_MMAP | KPF_SWAPBACKED | KPF_UPTODATE) == KPF_ANON | KPF_MMAP | KPF_SWAPBACKED | KPF_UPTODATE
kpageflags(p) & (KPF_ZERO_PAGE | KPF_THP | KPF_COMPOUND_HEAD | KPF_COMPOUND_TAIL | KPF_KSM | KPF_MLOCKED | KPF_DIRTY | KPF_RESERVED) == 0
kpageflags(p) & (KPF_SWAPCACHE | KPF_WRITEBACK | KPF_LOCKED | KPF_BUDDY | KPF_SLAB | KPF_HUGE) == 0
# shared after fork it keeps them all
c = fork()
kpageflags(p) & (KPF_ANON | KPF_MMAP | KPF_SWAPBACKED | KPF_UPTODATE) == KPF_ANON | KPF_MMAP | KPF_SWAPBACKED | KPF_UPTODATE
# an untouched page has no page at all
kpageflags(p + PAGE) == 0
