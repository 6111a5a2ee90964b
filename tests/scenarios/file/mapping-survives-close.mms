# A file mapping keeps the file alive after close(): it still reads the data, its stores reach the file, and a new descriptor sees them.
require files
require !soft_dirty
fd = open("data", O_RDWR | O_CREAT, 0600)
pwrite(fd, 'd', 2 * PAGE, 0) == 2 * PAGE
r = mmap(NULL, 64 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + 16 * PAGE) & ~(16 * PAGE - 1)
s = mmap(a, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_FIXED, fd, 0)
close(fd) == 0
read(s, 2 * PAGE) == 'd'
write(s + PAGE, PAGE, 'w')
pagemap(s + PAGE) == PM_PRESENT | PM_FILE | PM_MMAP_EXCLUSIVE
msync(s, 2 * PAGE, MS_SYNC) == 0
g = open("data", O_RDONLY)
pread(g, PAGE, 0) == 'd'
pread(g, PAGE, PAGE) == 'w'
