# Two children forked from one parent share its anonymous page (mapcount 3); one child's write copies only for that child, leaving the frame shared by the other two (mapcount 2).
require root
p = mmap(NULL, PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
write(p, PAGE, 'a')
f = frame(p)
c1 = fork()
c2 = fork()
mapcount(p) == 3
@c1 frame(p) == f
@c2 frame(p) == f
@c1 write(p, PAGE, 'b')
@c1 frame(p) != f
frame(p) == f
@c2 frame(p) == f
mapcount(p) == 2
@c1 mapcount(p) == 1
@c2 pagemap(p) & PM_MMAP_EXCLUSIVE == 0
@c1 pagemap(p) & PM_MMAP_EXCLUSIVE == PM_MMAP_EXCLUSIVE
read(p, PAGE) == 'a'
@c2 read(p, PAGE) == 'a'
@c1 read(p, PAGE) == 'b'
@c1 exit()
@c2 exit()
mapcount(p) == 1
