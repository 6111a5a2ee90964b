# A grandchild (fork of a child) shares the original anonymous page with parent and child (mapcount 3); its write gives it a private copy, the other two keep sharing.
require root
p = mmap(NULL, PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
write(p, PAGE, 'g')
f = frame(p)
c = fork()
@c g = fork()
@g frame(p) == f
mapcount(p) == 3
@g write(p, 1, 'G')
@g frame(p) != f
@g mapcount(p) == 1
@c frame(p) == f
mapcount(p) == 2
@g read(p) == 'G'
@c read(p) == 'g'
read(p, PAGE) == 'g'
@g exit()
mapcount(p) == 2
@c exit()
mapcount(p) == 1
