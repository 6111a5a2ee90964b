# MADV_DONTNEED in the parent on a page shared with a forked child drops only the parent's mapping: the parent reads zeros, the child keeps the data and the page (mapcount 1).
require !soft_dirty
require root
p = mmap(NULL, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
write(p, 2 * PAGE, 'k')
f = frame(p)
c = fork()
madvise(p, 2 * PAGE, MADV_DONTNEED) == 0
pagemap(p) == 0
read(p, 2 * PAGE) == 0
@c read(p, 2 * PAGE) == 'k'
@c frame(p) == f
@c mapcount(p) == 1
@c pagemap(p) & PM_MMAP_EXCLUSIVE == PM_MMAP_EXCLUSIVE
@c exit()
