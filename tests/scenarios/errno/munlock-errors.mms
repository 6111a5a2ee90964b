# munlock rounds like mlock, returns 0 for length 0, and over a hole unlocks the VMAs before it then fails with -ENOMEM
r = mmap(NULL, 32 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = mmap(r + 4 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
munmap(r + 8 * PAGE, 4 * PAGE)
b = mmap(r + 12 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
mlock(a, 4 * PAGE)
mlock(b, 4 * PAGE)
# unaligned: the page holding a + PAGE + 1 is unlocked
munlock(a + PAGE + 1, 1) == 0
vma(a + PAGE) == [a + PAGE, a + 2 * PAGE)
vmflag(a + PAGE, "lo") == 0
vmflag(a, "lo") == 1
munlock(a, 0) == 0
vmflag(a, "lo") == 1
# across the hole
munlock(a + 2 * PAGE, 8 * PAGE) == -ENOMEM
vmflag(a + 2 * PAGE, "lo") == 0
vmflag(b, "lo") == 1
# starting in the hole
munlock(r + 8 * PAGE, 8 * PAGE) == -ENOMEM
vmflag(b, "lo") == 1
# munlock of memory that was never locked is fine
munlock(r, 4 * PAGE) == 0
