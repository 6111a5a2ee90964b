# exit() of a forked child unmaps its anonymous pages: shared pages drop back to mapcount 1 and become PM_MMAP_EXCLUSIVE in the parent again, with the parent's data intact.
require root
p = mmap(NULL, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
write(p, 4 * PAGE, 'e')
f = frame(p)
c = fork()
for i in 0..4: mapcount(p + i * PAGE) == 2
for i in 0..4: pagemap(p + i * PAGE) & PM_MMAP_EXCLUSIVE == 0
@c exit()
for i in 0..4: mapcount(p + i * PAGE) == 1
for i in 0..4: pagemap(p + i * PAGE) & PM_MMAP_EXCLUSIVE == PM_MMAP_EXCLUSIVE
frame(p) == f
read(p, 4 * PAGE) == 'e'
