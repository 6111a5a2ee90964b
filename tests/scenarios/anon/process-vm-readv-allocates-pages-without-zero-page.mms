# Where the kernel has no zero page, process_vm_readv of anonymous pages never touched faults them in for reading by allocating a page of its own at each, writable at once; process_vm_writev then writes into those same pages, copying nothing.
require !zero_page
require root
require !soft_dirty
p = mmap(NULL, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
process_vm_readv(p, 4 * PAGE) == 4 * PAGE
pagemap(p) == PM_PRESENT | PM_MMAP_EXCLUSIVE
kpageflags(p) & (KPF_ZERO_PAGE | KPF_ANON) == KPF_ANON
mapcount(p) == 1
smaps(p, "Rss") == 4 * PAGE
f = frame(p + PAGE)
g = frame(p + 2 * PAGE)
f != g
process_vm_writev(p + PAGE, 2 * PAGE, 'z') == 2 * PAGE
pagemap(p + PAGE) == PM_PRESENT | PM_MMAP_EXCLUSIVE
frame(p + PAGE) == f
frame(p + 2 * PAGE) == g
read(p + PAGE, 2 * PAGE) == 'z'
read(p, PAGE) == 0
smaps(p, "Rss") == 4 * PAGE
