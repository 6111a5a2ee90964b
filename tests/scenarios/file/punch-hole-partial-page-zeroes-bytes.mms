# A hole punched inside one page zeroes just those bytes in place: the page stays mapped, with the same frame, and the bytes around the hole keep their data.
require files
require root
fd = open("data", O_RDWR | O_CREAT, 0600)
pwrite(fd, 'd', PAGE, 0) == PAGE
r = mmap(NULL, 64 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + 16 * PAGE) & ~(16 * PAGE - 1)
s = mmap(a, PAGE, PROT_READ, MAP_SHARED | MAP_FIXED, fd, 0)
read(s) == 'd'
f = frame(s)
fallocate(fd, FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE, 100, 200) == 0
frame(s) == f
read(s, 100) == 'd'
read(s + 100, 200) == 0
read(s + 300, PAGE - 300) == 'd'
pread(fd, 200, 100) == 0
