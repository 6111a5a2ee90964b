# After fork, a child write to a shared anonymous page copies it: the child gets a new exclusive frame, the parent keeps the original frame and data, now mapcount 1 and exclusive.
require root
p = mmap(NULL, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
write(p, 2 * PAGE, 'o')
f = frame(p)
c = fork()
@c write(p, 1, 'C')
@c frame(p) != f
frame(p) == f
@c read(p) == 'C'
@c read(p + 1, PAGE - 1) == 'o'
read(p, PAGE) == 'o'
@c mapcount(p) == 1
mapcount(p) == 1
@c pagemap(p) & (PM_PRESENT | PM_MMAP_EXCLUSIVE) == PM_PRESENT | PM_MMAP_EXCLUSIVE
pagemap(p) & (PM_PRESENT | PM_MMAP_EXCLUSIVE) == PM_PRESENT | PM_MMAP_EXCLUSIVE
@c mapcount(p + PAGE) == 2
@c exit()
