# After fork, when both sides write the same shared page, each ends with its own exclusive page and its own data; the pages differ.
require root
p = mmap(NULL, PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
write(p, PAGE, 'o')
c = fork()
write(p, PAGE, 'P')
@c write(p, PAGE, 'C')
read(p, PAGE) == 'P'
@c read(p, PAGE) == 'C'
f = frame(p)
@c frame(p) != f
mapcount(p) == 1
@c mapcount(p) == 1
pagemap(p) & PM_MMAP_EXCLUSIVE == PM_MMAP_EXCLUSIVE
@c pagemap(p) & PM_MMAP_EXCLUSIVE == PM_MMAP_EXCLUSIVE
@c exit()
read(p, PAGE) == 'P'
