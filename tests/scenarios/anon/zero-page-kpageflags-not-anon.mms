# The zero page mapped by a read fault is neither anonymous nor mapcounted: kpageflags has ZERO_PAGE but not ANON, MMAP, MLOCKED or THP.
require zero_page
require root
p = mmap(NULL, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
read(p) == 0
kpageflags(p) & (KPF_ZERO_PAGE | KPF_ANON | KPF_MMAP | KPF_THP | KPF_MLOCKED) == KPF_ZERO_PAGE
