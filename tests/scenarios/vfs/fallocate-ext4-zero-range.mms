# FALLOC_FL_ZERO_RANGE on ext4 makes its range read as zeroes -- whole pages and the parts of partial ones -- through pread and a shared mapping, leaves the bytes around it and the size alone, and keeps a private mapping's COW copy in the range.
require files
require scratch_fs == ext4
fd = open("data", O_RDWR | O_CREAT, 0600)
pwrite(fd, 'a', 8 * PAGE, 0) == 8 * PAGE
fsync(fd) == 0
r = mmap(NULL, 64 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + 16 * PAGE) & ~(16 * PAGE - 1)
s = mmap(a, 8 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_FIXED, fd, 0)
p = mmap(a + 16 * PAGE, 8 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_FIXED, fd, 0)
write(s + 2 * PAGE, PAGE, 'b') == 0
write(p + 3 * PAGE, PAGE, 'p') == 0
read(p + 4 * PAGE, PAGE) == 'a'
fallocate(fd, FALLOC_FL_ZERO_RANGE, PAGE + 100, 4 * PAGE) == 0
pread(fd, PAGE + 100, 0) == 'a'
pread(fd, 4 * PAGE, PAGE + 100) == 0
pread(fd, 3 * PAGE - 100, 5 * PAGE + 100) == 'a'
pread(fd, 1, 8 * PAGE) == NONE
read(s + 2 * PAGE, PAGE) == 0
read(s + PAGE, 100) == 'a'
read(s + 5 * PAGE + 100, 1) == 'a'
read(p + 3 * PAGE, PAGE) == 'p'
read(p + 4 * PAGE, PAGE) == 0
