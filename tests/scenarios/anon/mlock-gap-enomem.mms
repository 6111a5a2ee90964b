# mlock over a range containing an unmapped hole fails with -ENOMEM after locking the VMAs before the hole (VmFlags "lo", not populated); the VMA after the hole is not locked.
require !soft_dirty
r = mmap(NULL, 8 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 2 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
munmap(p + PAGE, PAGE) == 0
mlock(p, 4 * PAGE) == -ENOMEM
vmflag(p, "lo") == 1
vmflag(p + 2 * PAGE, "lo") == 0
pagemap(p) == 0
pagemap(p + 2 * PAGE) == 0
smaps(p, "Rss") == 0
