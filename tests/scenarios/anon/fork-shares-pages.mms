# After fork, parent and child map the same anonymous frame: mapcount 2 and PM_MMAP_EXCLUSIVE cleared on both sides, data identical.
require root
p = mmap(NULL, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
write(p, 2 * PAGE, 's')
pagemap(p) & PM_MMAP_EXCLUSIVE == PM_MMAP_EXCLUSIVE
f = frame(p)
c = fork()
@c frame(p) == f
mapcount(p) == 2
@c mapcount(p) == 2
pagemap(p) & (PM_PRESENT | PM_MMAP_EXCLUSIVE) == PM_PRESENT
@c pagemap(p) & (PM_PRESENT | PM_MMAP_EXCLUSIVE) == PM_PRESENT
@c read(p, 2 * PAGE) == 's'
frame(p) == f
@c exit()
