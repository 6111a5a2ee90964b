# A store through a MAP_SHARED file mapping is in the page cache at once: pread sees it without msync, and so does a descriptor opened later.
require files
fd = open("data", O_RDWR | O_CREAT, 0600)
pwrite(fd, 'a', 2 * PAGE, 0) == 2 * PAGE
r = mmap(NULL, 64 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + 16 * PAGE) & ~(16 * PAGE - 1)
s = mmap(a, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_FIXED, fd, 0)
write(s + PAGE, PAGE, 'w')
pread(fd, PAGE, PAGE) == 'w'
pread(fd, PAGE, 0) == 'a'
write(s + 7, 1, 'x')
pread(fd, 1, 7) == 'x'
pread(fd, 8, 0) == MIXED
g = open("data", O_RDONLY)
pread(g, PAGE, PAGE) == 'w'
