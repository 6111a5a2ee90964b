# After ftruncate shrinks a file and grows it back, the pages past the shrink point read 0 through shared and private mappings and through pread: the old data is gone.
require files
fd = open("data", O_RDWR | O_CREAT, 0600)
for i in 0..8: pwrite(fd, 'd', PAGE, i * PAGE) == PAGE
r = mmap(NULL, 64 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + 16 * PAGE) & ~(16 * PAGE - 1)
s = mmap(a, 8 * PAGE, PROT_READ, MAP_SHARED | MAP_FIXED, fd, 0)
p = mmap(a + 16 * PAGE, 8 * PAGE, PROT_READ, MAP_PRIVATE | MAP_FIXED, fd, 0)
read(s, 8 * PAGE) == 'd'
read(p, 8 * PAGE) == 'd'
ftruncate(fd, 2 * PAGE + 100) == 0
ftruncate(fd, 8 * PAGE) == 0
read(s, 2 * PAGE + 100) == 'd'
read(s + 2 * PAGE + 100, 6 * PAGE - 100) == 0
read(p + 2 * PAGE + 100, 6 * PAGE - 100) == 0
pread(fd, 6 * PAGE - 100, 2 * PAGE + 100) == 0
pread(fd, 2 * PAGE + 100, 0) == 'd'
