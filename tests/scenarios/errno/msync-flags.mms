# msync rejects MS_ASYNC|MS_SYNC together and unknown flag bits with -EINVAL; flags 0 is accepted
r = mmap(NULL, 16 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 4 * PAGE, 8 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
msync(p, PAGE, MS_ASYNC | MS_SYNC) == -EINVAL
msync(p, PAGE, MS_ASYNC | MS_SYNC | MS_INVALIDATE) == -EINVAL
msync(p, PAGE, 8) == -EINVAL
msync(p, PAGE, MS_SYNC | 0x100) == -EINVAL
msync(p, PAGE, 0) == 0
msync(p, PAGE, MS_ASYNC) == 0
msync(p, PAGE, MS_SYNC) == 0
msync(p, PAGE, MS_INVALIDATE) == 0
# the flags are checked even with a length of 0, which otherwise returns 0
msync(p, 0, MS_ASYNC | MS_SYNC) == -EINVAL
msync(p, 0, MS_SYNC) == 0
