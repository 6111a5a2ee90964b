# After the parent copies a shared page on write, the child is the page's only mapper: its write keeps its data and an exclusive page with mapcount 1 (frame reuse is not checked).
require root
p = mmap(NULL, PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
write(p, PAGE, 'a')
c = fork()
write(p, 1, 'P')
@c mapcount(p) == 1
@c write(p + 1, 1, 'C')
@c read(p) == 'a'
@c read(p + 1) == 'C'
@c read(p + 2, PAGE - 2) == 'a'
@c mapcount(p) == 1
@c pagemap(p) & (PM_PRESENT | PM_MMAP_EXCLUSIVE) == PM_PRESENT | PM_MMAP_EXCLUSIVE
read(p) == 'P'
read(p + 1, PAGE - 1) == 'a'
@c exit()
