# When the child writes a shared page it gets a copy: the child's copy and the parent's original are both exclusive again; unwritten pages stay shared.
require !soft_dirty
require root
p = mmap(NULL, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
write(p, 4 * PAGE, 'a')
f = frame(p)
c = fork()
pagemap(p) == PM_PRESENT
@c write(p, PAGE, 'c')
@c frame(p) != f
frame(p) == f
@c pagemap(p) == PM_PRESENT | PM_MMAP_EXCLUSIVE
pagemap(p) == PM_PRESENT | PM_MMAP_EXCLUSIVE
mapcount(p) == 1
pagemap(p + PAGE) == PM_PRESENT
@c pagemap(p + PAGE) == PM_PRESENT
