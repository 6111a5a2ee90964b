# A page the child copied on write is shared again when the child forks: the grandchild maps the child's copy (mapcount 2), not the parent's original.
require root
p = mmap(NULL, PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
write(p, PAGE, 'o')
f = frame(p)
c = fork()
@c write(p, PAGE, 'c')
@c k = frame(p)
@c g = fork()
@g frame(p) == k
@g frame(p) != f
@g read(p, PAGE) == 'c'
@c mapcount(p) == 2
mapcount(p) == 1
@g exit()
@c mapcount(p) == 1
@c exit()
