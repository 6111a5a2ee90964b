# MADV_POPULATE_READ in a forked child does not break COW: the pages stay shared with the parent (same frame, mapcount 2, not exclusive).
require root
p = mmap(NULL, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
write(p, 2 * PAGE, 'r')
f = frame(p)
c = fork()
@c madvise(p, 2 * PAGE, MADV_POPULATE_READ) == 0
@c frame(p) == f
mapcount(p) == 2
@c pagemap(p) & PM_MMAP_EXCLUSIVE == 0
@c exit()
