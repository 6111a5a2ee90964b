# MADV_POPULATE_WRITE in a forked child breaks COW like a write would: the child gets its own exclusive copies with the same data, the parent's pages drop to mapcount 1.
require root
p = mmap(NULL, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
write(p, 2 * PAGE, 'b')
f = frame(p)
c = fork()
@c madvise(p, 2 * PAGE, MADV_POPULATE_WRITE) == 0
@c frame(p) != f
@c pagemap(p) & PM_MMAP_EXCLUSIVE == PM_MMAP_EXCLUSIVE
@c mapcount(p + PAGE) == 1
@c read(p, 2 * PAGE) == 'b'
frame(p) == f
mapcount(p) == 1
read(p, 2 * PAGE) == 'b'
@c exit()
