# After fork, a parent write to a shared anonymous page copies it: the parent gets a new exclusive frame with its data, the child keeps the original frame and data, now mapcount 1 and exclusive.
require root
p = mmap(NULL, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
write(p, 2 * PAGE, 'o')
f = frame(p)
c = fork()
write(p, 1, 'P')
frame(p) != f
@c frame(p) == f
read(p) == 'P'
read(p + 1, PAGE - 1) == 'o'
@c read(p, PAGE) == 'o'
mapcount(p) == 1
@c mapcount(p) == 1
pagemap(p) & (PM_PRESENT | PM_MMAP_EXCLUSIVE) == PM_PRESENT | PM_MMAP_EXCLUSIVE
@c pagemap(p) & (PM_PRESENT | PM_MMAP_EXCLUSIVE) == PM_PRESENT | PM_MMAP_EXCLUSIVE
mapcount(p + PAGE) == 2
@c exit()
