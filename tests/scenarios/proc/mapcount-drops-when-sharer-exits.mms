# kpagecount drops as the processes sharing a page exit: 3 sharers, then 2, then 1, and the page is exclusive again.
require !soft_dirty
require root
p = mmap(NULL, PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
write(p, PAGE, 'a')
f = frame(p)
c1 = fork()
c2 = fork()
mapcount(p) == 3
@c2 exit()
mapcount(p) == 2
@c1 mapcount(p) == 2
@c1 exit()
mapcount(p) == 1
frame(p) == f
pagemap(p) == PM_PRESENT | PM_MMAP_EXCLUSIVE
