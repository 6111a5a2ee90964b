# mseal over a range with a hole fails with -ENOMEM and seals nothing.
r = mmap(NULL, 32 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 4 * PAGE, 8 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
munmap(p + 4 * PAGE, PAGE)
mseal(p, 8 * PAGE, 0) == -ENOMEM
vmflag(p, "sl") == 0
vma(p) == [p, p + 4 * PAGE)
