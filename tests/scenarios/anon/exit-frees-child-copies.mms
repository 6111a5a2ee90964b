# Pages a child copied on write are its alone: after the child exits, the parent's pages are untouched (same frames, data, mapcount 1) and the child's copies are gone.
require root
p = mmap(NULL, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
write(p, 2 * PAGE, 'p')
f = frame(p)
c = fork()
@c write(p, 2 * PAGE, 'c')
mapcount(p) == 1
@c exit()
frame(p) == f
mapcount(p) == 1
mapcount(p + PAGE) == 1
read(p, 2 * PAGE) == 'p'
