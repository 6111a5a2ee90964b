# MADV_FREE in a forked child on pages it shares with the parent does not free them: both sides keep reading the data and the page stays shared (mapcount 2).
require root
p = mmap(NULL, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
write(p, 2 * PAGE, 's')
f = frame(p)
c = fork()
@c madvise(p, 2 * PAGE, MADV_FREE) == 0
@c read(p, 2 * PAGE) == 's'
@c frame(p) == f
mapcount(p) == 2
read(p, 2 * PAGE) == 's'
@c exit()
