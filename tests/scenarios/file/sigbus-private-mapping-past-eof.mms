# A MAP_PRIVATE file mapping raises SIGBUS past the end of file too, for writes as well as reads: there is no page to copy.
require files
require !soft_dirty
fd = open("data", O_RDWR | O_CREAT, 0600)
pwrite(fd, 'd', PAGE, 0) == PAGE
r = mmap(NULL, 64 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + 16 * PAGE) & ~(16 * PAGE - 1)
p = mmap(a, 3 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_FIXED, fd, 0)
write(p + PAGE, 1, 'x') == SIGBUS
read(p + 2 * PAGE) == SIGBUS
pagemap(p + PAGE) == 0
smaps(p, "Anonymous") == 0
write(p, 1, 'p')
smaps(p, "Anonymous") == 4 * KiB
