# frame() is the same page in parent and child after fork, for every page, until one side writes: the writer gets a new page, the other keeps the original, and neighbours stay shared.
require root
p = mmap(NULL, 3 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
write(p, 3 * PAGE, 'a')
f0 = frame(p)
f1 = frame(p + PAGE)
f2 = frame(p + 2 * PAGE)
f0 != f1
c = fork()
@c frame(p) == f0
@c frame(p + PAGE) == f1
@c frame(p + 2 * PAGE) == f2
@c read(p + PAGE, PAGE) == 'a'
@c frame(p + PAGE) == f1
@c write(p + PAGE, 1, 'c')
frame(p + PAGE) == f1
@c frame(p + PAGE) != f1
@c frame(p) == f0
@c frame(p + 2 * PAGE) == f2
