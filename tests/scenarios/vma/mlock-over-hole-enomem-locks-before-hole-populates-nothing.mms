# mlock over a range with a hole fails with -ENOMEM: the VMA before the hole is already VM_LOCKED but nothing is populated; the VMA after the hole is untouched.
r = mmap(NULL, 32 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 4 * PAGE, 8 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
munmap(p + 4 * PAGE, PAGE)
mlock(p, 8 * PAGE) == -ENOMEM
vma(p) == [p, p + 4 * PAGE)
vmflag(p, "lo") == 1
vmflag(p + 5 * PAGE, "lo") == 0
pagemap(p) & PM_PRESENT == 0
pagemap(p + 5 * PAGE) & PM_PRESENT == 0
