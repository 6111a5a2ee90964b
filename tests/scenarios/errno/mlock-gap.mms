# mlock over a range with a hole locks the VMAs before the hole, without populating them, then fails with -ENOMEM; starting in a hole locks nothing
require !soft_dirty
r = mmap(NULL, 32 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = mmap(r + 4 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
munmap(r + 8 * PAGE, 4 * PAGE)
b = mmap(r + 12 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
mlock(a + 2 * PAGE, 8 * PAGE) == -ENOMEM
vma(a + 2 * PAGE) == [a + 2 * PAGE, a + 4 * PAGE)
vmflag(a + 2 * PAGE, "lo") == 1
pagemap(a + 2 * PAGE) == 0
smaps(a + 2 * PAGE, "Locked") == 0
vmflag(a, "lo") == 0
vmflag(b, "lo") == 0
vma(b) == [b, b + 4 * PAGE)
# starting in the hole
mlock(r + 8 * PAGE, 8 * PAGE) == -ENOMEM
vmflag(b, "lo") == 0
# the same with mlock2
mlock2(b + 2 * PAGE, 8 * PAGE, 0) == -ENOMEM
vmflag(b + 2 * PAGE, "lo") == 1
vmflag(b, "lo") == 0
