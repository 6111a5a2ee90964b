# mseal takes no flags: any non-zero flags value fails with -EINVAL and seals nothing
r = mmap(NULL, 16 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 4 * PAGE, 8 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
mseal(p, PAGE, 1) == -EINVAL
mseal(p, 8 * PAGE, 2) == -EINVAL
mseal(p, PAGE, -1) == -EINVAL
# even with a length of 0, which with flags 0 returns 0
mseal(p, 0, 1) == -EINVAL
mseal(p, 0, 0) == 0
vmflag(p, "sl") == 0
vma(p) == [p, p + 8 * PAGE)
munmap(p, PAGE) == 0
