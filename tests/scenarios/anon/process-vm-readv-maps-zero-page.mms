# process_vm_readv of anonymous pages never touched faults them in for reading: the shared zero page is mapped, nothing is allocated; process_vm_writev then breaks the copy-on-write like a store
require zero_page
require root
require !soft_dirty
p = mmap(NULL, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
process_vm_readv(p, 4 * PAGE) == 4 * PAGE
pagemap(p) == PM_PRESENT
kpageflags(p) & KPF_ZERO_PAGE == KPF_ZERO_PAGE
smaps(p, "Rss") == 0
process_vm_writev(p + PAGE, 2 * PAGE, 'z') == 2 * PAGE
pagemap(p + PAGE) == PM_PRESENT | PM_MMAP_EXCLUSIVE
read(p + PAGE, 2 * PAGE) == 'z'
read(p, PAGE) == 0
smaps(p, "Rss") == 2 * PAGE
