# msync on a shared file mapping returns 0 for MS_SYNC, MS_ASYNC, MS_INVALIDATE and 0; MS_SYNC|MS_ASYNC and unknown bits give -EINVAL; an unaligned start -EINVAL; a range past the mapping -ENOMEM.
require files
fd = open("data", O_RDWR | O_CREAT, 0600)
pwrite(fd, 'd', 4 * PAGE, 0) == 4 * PAGE
r = mmap(NULL, 64 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + 16 * PAGE) & ~(16 * PAGE - 1)
s = mmap(a, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_FIXED, fd, 0)
write(s, PAGE, 'w')
msync(s, 4 * PAGE, MS_SYNC) == 0
msync(s, 4 * PAGE, MS_ASYNC) == 0
msync(s, 4 * PAGE, MS_INVALIDATE) == 0
msync(s, 4 * PAGE, MS_SYNC | MS_INVALIDATE) == 0
msync(s, 4 * PAGE, 0) == 0
msync(s, 4 * PAGE, MS_SYNC | MS_ASYNC) == -EINVAL
msync(s, 4 * PAGE, 8) == -EINVAL
msync(s + 1, PAGE, MS_SYNC) == -EINVAL
# an unaligned length is rounded up
msync(s, 1, MS_SYNC) == 0
munmap(s + 3 * PAGE, PAGE)
msync(s, 4 * PAGE, MS_SYNC) == -ENOMEM
# MS_INVALIDATE does not drop the data of a shared mapping
read(s, PAGE) == 'w'
pread(fd, PAGE, 0) == 'w'
