# A store through a MAP_SHARED mapping into a hole of a sparse file fills that page of the file (pread sees it); the rest of the hole still reads 0.
require files
require !soft_dirty
fd = open("data", O_RDWR | O_CREAT, 0600)
ftruncate(fd, 4 * PAGE)
r = mmap(NULL, 64 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + 16 * PAGE) & ~(16 * PAGE - 1)
s = mmap(a, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_FIXED, fd, 0)
write(s + 2 * PAGE, PAGE, 'h')
pagemap(s + 2 * PAGE) == PM_PRESENT | PM_FILE | PM_MMAP_EXCLUSIVE
pread(fd, PAGE, 2 * PAGE) == 'h'
pread(fd, 2 * PAGE, 0) == 0
pread(fd, PAGE, 3 * PAGE) == 0
pread(fd, 4 * PAGE, 0) == MIXED
