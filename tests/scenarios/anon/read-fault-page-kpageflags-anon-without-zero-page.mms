# Where the kernel has no zero page, the page a read fault maps is anonymous, mapped and exclusive: kpageflags has ANON, MMAP and OWNER_2 (PageAnonExclusive) but not ZERO_PAGE, THP or MLOCKED.
require !zero_page
require root
p = mmap(NULL, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
read(p) == 0
kpageflags(p) & (KPF_ZERO_PAGE | KPF_ANON | KPF_MMAP | KPF_THP | KPF_MLOCKED) == KPF_ANON | KPF_MMAP
kpageflags(p) & KPF_OWNER_2 == KPF_OWNER_2
