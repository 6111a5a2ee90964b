# install in the parent over pages it still shares copy-on-write with a child, private anonymous memory: only the parent's mappings are zapped; after remove the parent reads zero, the child keeps the data
require root
p = mmap(NULL, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
write(p, 4 * PAGE, 'c')
f = frame(p)
c = fork()
@c frame(p) == f
madvise(p, 4 * PAGE, MADV_GUARD_INSTALL) == 0
frame(p) == NONE
mapcount(p) == 0
@c mapcount(p) == 1
@c read(p, 4 * PAGE) == 'c'
madvise(p, 4 * PAGE, MADV_GUARD_REMOVE) == 0
read(p, 4 * PAGE) == 0
@c frame(p) == f
@c read(p, 4 * PAGE) == 'c'
