# Where the kernel has no zero page, a read of untouched private anonymous memory allocates a page of the process's own: pagemap present, exclusive, no PM_FILE or PM_SWAP; kpageflags ANON, not ZERO_PAGE; kpagecount 1.
require !zero_page
require root
require !soft_dirty
p = mmap(NULL, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
read(p) == 0
pagemap(p) & PM_PRESENT == PM_PRESENT
pagemap(p) & PM_MMAP_EXCLUSIVE == PM_MMAP_EXCLUSIVE
pagemap(p) & PM_FILE == 0
pagemap(p) & PM_SWAP == 0
kpageflags(p) & (KPF_ZERO_PAGE | KPF_ANON) == KPF_ANON
mapcount(p) == 1
frame(p) != NONE
pagemap(p + PAGE) == 0
