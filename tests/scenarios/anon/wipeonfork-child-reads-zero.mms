# With MADV_WIPEONFORK, a forked child gets the VMA but none of its pages: the child's pagemap is empty and it reads zeros, while the parent keeps its data and exclusive pages.
require !soft_dirty
require root
p = mmap(NULL, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
write(p, 4 * PAGE, 'w')
madvise(p, 4 * PAGE, MADV_WIPEONFORK) == 0
v = vma(p)
c = fork()
@c vma(p) == v
@c pagemap(p) == 0
@c read(p, 4 * PAGE) == 0
read(p, 4 * PAGE) == 'w'
mapcount(p) == 1
pagemap(p) & PM_MMAP_EXCLUSIVE == PM_MMAP_EXCLUSIVE
@c write(p, PAGE, 'c')
read(p, PAGE) == 'w'
@c exit()
