# msync(MS_INVALIDATE) over an mlocked file mapping fails with -EBUSY; MS_SYNC over it still succeeds.
require files
fd = open("data", O_RDWR | O_CREAT, 0600)
pwrite(fd, 'd', 2 * PAGE, 0) == 2 * PAGE
r = mmap(NULL, 64 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + 16 * PAGE) & ~(16 * PAGE - 1)
s = mmap(a, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_FIXED, fd, 0)
mlock(s, PAGE) == 0
msync(s, 2 * PAGE, MS_INVALIDATE) == -EBUSY
msync(s, PAGE, MS_SYNC | MS_INVALIDATE) == -EBUSY
msync(s + PAGE, PAGE, MS_INVALIDATE) == 0
msync(s, 2 * PAGE, MS_SYNC) == 0
