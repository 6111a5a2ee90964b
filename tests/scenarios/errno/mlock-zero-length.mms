# mlock, mlock2 and munlock with a length of 0 at an aligned address return 0 and do nothing, even over a hole; at an unaligned address the rounding makes it one page
require !soft_dirty
r = mmap(NULL, 16 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 4 * PAGE, 8 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
mlock(p, 0) == 0
mlock2(p, 0, 0) == 0
mlock2(p, 0, MLOCK_ONFAULT) == 0
vmflag(p, "lo") == 0
vma(p) == [p, p + 8 * PAGE)
pagemap(p) == 0
munmap(r + 12 * PAGE, 4 * PAGE)
mlock(r + 12 * PAGE, 0) == 0
munlock(r + 12 * PAGE, 0) == 0
# the length is rounded up together with the offset into the page: (p + 1, 0) is the page at p
mlock(p + 1, 0) == 0
vma(p) == [p, p + PAGE)
vmflag(p, "lo") == 1
pagemap(p) & PM_PRESENT == PM_PRESENT
munlock(p + 1, 0) == 0
vmflag(p, "lo") == 0
mlock2(p + 2 * PAGE + 1, 0, MLOCK_ONFAULT) == 0
vma(p + 2 * PAGE) == [p + 2 * PAGE, p + 3 * PAGE)
vmflag(p + 2 * PAGE, "lf") == 1
# the flags of mlock2 are checked first
mlock2(p, 0, 2) == -EINVAL
