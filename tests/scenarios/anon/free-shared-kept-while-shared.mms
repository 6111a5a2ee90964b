# MADV_FREE in the parent on pages still shared with a forked child does not let them be reclaimed while shared: MADV_PAGEOUT skips them and both sides keep reading the data.
require root
p = mmap(NULL, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
write(p, 2 * PAGE, 's')
f = frame(p)
c = fork()
madvise(p, 2 * PAGE, MADV_FREE) == 0
madvise(p, 2 * PAGE, MADV_PAGEOUT) == 0
@c madvise(p, 2 * PAGE, MADV_PAGEOUT) == 0
read(p, 2 * PAGE) == 's'
@c read(p, 2 * PAGE) == 's'
frame(p) == f
mapcount(p) == 2
@c exit()
