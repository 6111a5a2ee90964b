# MADV_DONTNEED_LOCKED on an mlocked VMA with a guard in it, private anonymous memory: the pages go, the guard marker stays
require !soft_dirty
r = mmap(NULL, 8 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
write(p, 4 * PAGE, 'l')
madvise(p + 2 * PAGE, PAGE, MADV_GUARD_INSTALL) == 0
mlock(p, 4 * PAGE) == -ENOMEM
vmflag(p, "lo") == 1
madvise(p, 4 * PAGE, MADV_DONTNEED) == -EINVAL
madvise(p, 4 * PAGE, MADV_DONTNEED_LOCKED) == 0
pagemap(p + 2 * PAGE) == PM_SWAP | PM_GUARD_REGION
read(p + 2 * PAGE) == SIGSEGV
read(p, 2 * PAGE) == 0
read(p + 3 * PAGE, PAGE) == 0
