# msync(MS_INVALIDATE) over an mlocked VMA fails with -EBUSY; MS_SYNC and MS_ASYNC there are fine
r = mmap(NULL, 16 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 4 * PAGE, 8 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
write(p, 8 * PAGE, 'p')
mlock(p + 4 * PAGE, 4 * PAGE)
msync(p + 4 * PAGE, PAGE, MS_INVALIDATE) == -EBUSY
msync(p + 4 * PAGE, PAGE, MS_SYNC | MS_INVALIDATE) == -EBUSY
msync(p, 8 * PAGE, MS_ASYNC | MS_INVALIDATE) == -EBUSY
msync(p + 4 * PAGE, PAGE, MS_SYNC) == 0
msync(p + 4 * PAGE, PAGE, MS_ASYNC) == 0
msync(p, 4 * PAGE, MS_INVALIDATE) == 0
read(p, 8 * PAGE) == 'p'
# MLOCK_ONFAULT locks too
munlock(p + 4 * PAGE, 4 * PAGE)
msync(p + 4 * PAGE, PAGE, MS_INVALIDATE) == 0
mlock2(p + 4 * PAGE, PAGE, MLOCK_ONFAULT)
msync(p + 4 * PAGE, PAGE, MS_INVALIDATE) == -EBUSY
