# ftruncate also removes the anonymous COW copies of a MAP_PRIVATE mapping past the new end: they are unmapped and lost, the access raises SIGBUS, and after a regrow the pages read 0.
require files
require !soft_dirty
fd = open("data", O_RDWR | O_CREAT, 0600)
for i in 0..8: pwrite(fd, 'd', PAGE, i * PAGE) == PAGE
r = mmap(NULL, 64 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + 16 * PAGE) & ~(16 * PAGE - 1)
p = mmap(a, 8 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_FIXED, fd, 0)
write(p + 6 * PAGE, PAGE, 'p')
smaps(p, "Anonymous") == PAGE
ftruncate(fd, 4 * PAGE) == 0
pagemap(p + 6 * PAGE) == 0
smaps(p, "Anonymous") == 0
read(p + 6 * PAGE) == SIGBUS
write(p + 6 * PAGE, 1, 'q') == SIGBUS
ftruncate(fd, 8 * PAGE) == 0
read(p + 6 * PAGE, PAGE) == 0
