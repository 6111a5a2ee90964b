# MADV_DONTNEED in a forked child on a page shared with its parent drops only the child's mapping: the child reads zeros, the parent keeps its data and the page (mapcount 1).
require !soft_dirty
require root
p = mmap(NULL, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
write(p, 2 * PAGE, 'k')
f = frame(p)
c = fork()
@c madvise(p, 2 * PAGE, MADV_DONTNEED) == 0
@c pagemap(p) == 0
@c read(p, 2 * PAGE) == 0
read(p, 2 * PAGE) == 'k'
frame(p) == f
mapcount(p) == 1
pagemap(p) & PM_MMAP_EXCLUSIVE == PM_MMAP_EXCLUSIVE
@c exit()
read(p, 2 * PAGE) == 'k'
