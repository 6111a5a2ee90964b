# fallocate with mode 0 past the end grows the file: the new range reads 0 through pread and through a mapping made before the growth, where it raised SIGBUS; with FALLOC_FL_KEEP_SIZE the size stays.
require files
fd = open("data", O_RDWR | O_CREAT, 0600)
pwrite(fd, 'd', PAGE, 0) == PAGE
r = mmap(NULL, 64 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + 16 * PAGE) & ~(16 * PAGE - 1)
s = mmap(a, 8 * PAGE, PROT_READ, MAP_SHARED | MAP_FIXED, fd, 0)
read(s + 2 * PAGE) == SIGBUS
fallocate(fd, 0, 0, 4 * PAGE) == 0
pread(fd, 3 * PAGE, PAGE) == 0
pread(fd, 1, 4 * PAGE) == NONE
read(s + 2 * PAGE, PAGE) == 0
read(s, PAGE) == 'd'
read(s + 4 * PAGE) == SIGBUS
fallocate(fd, FALLOC_FL_KEEP_SIZE, 4 * PAGE, 4 * PAGE) == 0
pread(fd, 1, 4 * PAGE) == NONE
read(s + 4 * PAGE) == SIGBUS
