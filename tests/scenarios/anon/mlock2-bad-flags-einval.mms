# mlock2 with any flag other than MLOCK_ONFAULT fails with -EINVAL and locks nothing.
require !soft_dirty
p = mmap(NULL, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
mlock2(p, 2 * PAGE, 2) == -EINVAL
mlock2(p, 2 * PAGE, MLOCK_ONFAULT | 2) == -EINVAL
mlock2(p, 2 * PAGE, ~MLOCK_ONFAULT) == -EINVAL
vmflag(p, "lo") == 0
pagemap(p) == 0
