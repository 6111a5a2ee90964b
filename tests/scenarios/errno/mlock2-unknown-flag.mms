# mlock2 rejects any flag other than MLOCK_ONFAULT with -EINVAL and locks nothing
require !soft_dirty
r = mmap(NULL, 16 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 4 * PAGE, 8 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
mlock2(p, PAGE, 2) == -EINVAL
mlock2(p, PAGE, MLOCK_ONFAULT | 2) == -EINVAL
mlock2(p, PAGE, 1 << 31) == -EINVAL
mlock2(p, PAGE, -1) == -EINVAL
vmflag(p, "lo") == 0
vma(p) == [p, p + 8 * PAGE)
# flags are checked before the address
mlock2(p + 1, PAGE, 2) == -EINVAL
munmap(r + 12 * PAGE, 4 * PAGE)
mlock2(r + 12 * PAGE, PAGE, 2) == -EINVAL
# the known flag, and 0
mlock2(p, PAGE, MLOCK_ONFAULT) == 0
vmflag(p, "lf") == 1
pagemap(p) == 0
mlock2(p + PAGE, PAGE, 0) == 0
pagemap(p + PAGE) & PM_PRESENT == PM_PRESENT
