# munlock over a range containing an unmapped hole fails with -ENOMEM after unlocking the VMAs before the hole; the locked VMA after the hole stays locked.
r = mmap(NULL, 8 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 2 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
munmap(p + PAGE, PAGE) == 0
mlock2(p, PAGE, MLOCK_ONFAULT) == 0
mlock2(p + 2 * PAGE, 2 * PAGE, MLOCK_ONFAULT) == 0
munlock(p, 4 * PAGE) == -ENOMEM
vmflag(p, "lo") == 0
vmflag(p + 2 * PAGE, "lo") == 1
vmflag(p + 2 * PAGE, "lf") == 1
