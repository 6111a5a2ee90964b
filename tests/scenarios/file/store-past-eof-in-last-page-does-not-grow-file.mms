# A store into the tail of the last page, past the end of file, succeeds but does not grow the file: pread stops at the end, and a shrink-then-grow zeroes the stored bytes.
require files
fd = open("data", O_RDWR | O_CREAT, 0600)
pwrite(fd, 'd', 100, 0) == 100
r = mmap(NULL, 64 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + 16 * PAGE) & ~(16 * PAGE - 1)
s = mmap(a, PAGE, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_FIXED, fd, 0)
write(s + 200, 10, 't')
read(s + 200, 10) == 't'
pread(fd, 1, 200) == NONE
pread(fd, PAGE, 0) == 'd'
# growing the file with ftruncate zeroes the tail beyond the old end
ftruncate(fd, PAGE)
read(s + 200, 10) == 0
pread(fd, 10, 200) == 0
