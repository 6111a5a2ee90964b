# MADV_REMOVE rounds its length up to whole pages: 100 bytes remove the whole page; an unaligned start fails with -EINVAL.
require files
fd = open("data", O_RDWR | O_CREAT, 0600)
for i in 0..4: pwrite(fd, 'd', PAGE, i * PAGE) == PAGE
r = mmap(NULL, 64 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + 16 * PAGE) & ~(16 * PAGE - 1)
s = mmap(a, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_FIXED, fd, 0)
madvise(s + PAGE, 100, MADV_REMOVE) == 0
read(s + PAGE, PAGE) == 0
read(s, PAGE) == 'd'
read(s + 2 * PAGE, PAGE) == 'd'
madvise(s + 100, PAGE, MADV_REMOVE) == -EINVAL
read(s, PAGE) == 'd'
