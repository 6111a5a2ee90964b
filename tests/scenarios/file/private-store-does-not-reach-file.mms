# A store through a MAP_PRIVATE file mapping stays in the process: pread, a shared mapping and the file after msync(MS_SYNC) keep the old bytes.
require files
require root
fd = open("data", O_RDWR | O_CREAT, 0600)
pwrite(fd, 'a', PAGE, 0) == PAGE
r = mmap(NULL, 64 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + 16 * PAGE) & ~(16 * PAGE - 1)
p = mmap(a, PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_FIXED, fd, 0)
s = mmap(a + 16 * PAGE, PAGE, PROT_READ, MAP_SHARED | MAP_FIXED, fd, 0)
write(p, PAGE, 'p')
msync(p, PAGE, MS_SYNC) == 0
fsync(fd) == 0
pread(fd, PAGE, 0) == 'a'
read(s, PAGE) == 'a'
frame(s) != frame(p)
read(p, PAGE) == 'p'
