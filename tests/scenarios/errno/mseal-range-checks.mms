# mseal at an unaligned address, or of a range that wraps, fails with -EINVAL; length 0 returns 0; the length is rounded up to whole pages
r = mmap(NULL, 16 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 4 * PAGE, 8 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
mseal(p + 1, PAGE, 0) == -EINVAL
mseal(p + 1, 0, 0) == -EINVAL
mseal(p, -PAGE, 0) == -EINVAL
mseal(p, -1, 0) == -EINVAL
mseal(-PAGE, PAGE, 0) == -EINVAL
mseal(p, 0, 0) == 0
vmflag(p, "sl") == 0
vma(p) == [p, p + 8 * PAGE)
munmap(r + 12 * PAGE, 4 * PAGE)
mseal(r + 12 * PAGE, 0, 0) == 0
# one byte seals one page, split off from the rest
mseal(p + 4 * PAGE, 1, 0) == 0
vma(p + 4 * PAGE) == [p + 4 * PAGE, p + 5 * PAGE)
vmflag(p + 4 * PAGE, "sl") == 1
vmflag(p + 5 * PAGE, "sl") == 0
# sealing again is fine
mseal(p + 4 * PAGE, PAGE, 0) == 0
