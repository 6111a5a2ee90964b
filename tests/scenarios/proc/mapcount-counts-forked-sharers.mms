# kpagecount of a private anonymous page counts the processes mapping it: 1, then 2 and 3 after two forks; a sharer's copy-on-write takes it back down by one.
require root
p = mmap(NULL, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
write(p, 2 * PAGE, 'a')
mapcount(p) == 1
c1 = fork()
mapcount(p) == 2
@c1 mapcount(p) == 2
c2 = fork()
mapcount(p) == 3
@c2 mapcount(p) == 3
@c1 mapcount(p + PAGE) == 3
@c1 write(p, 1, 'c')
@c1 mapcount(p) == 1
mapcount(p) == 2
@c2 mapcount(p) == 2
mapcount(p + PAGE) == 3
