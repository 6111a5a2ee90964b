# MADV_COLLAPSE fails with -EINVAL where no PMD-sized THP is allowed: a VMA too small to hold an aligned 2 MiB range, or one marked MADV_NOHUGEPAGE
r = mmap(NULL, 8 * PMD_SIZE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
s = mmap(r, PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
write(s, PAGE, 's')
madvise(s, PAGE, MADV_COLLAPSE) == -EINVAL
# an aligned 2 MiB VMA with MADV_NOHUGEPAGE
b = (r + 2 * PMD_SIZE) & ~(PMD_SIZE - 1)
h = mmap(b, PMD_SIZE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0) == b
madvise(h, PMD_SIZE, MADV_NOHUGEPAGE)
write(h, PMD_SIZE, 'h')
madvise(h, PMD_SIZE, MADV_COLLAPSE) == -EINVAL
smaps(h, "AnonHugePages") == 0
read(h, PMD_SIZE) == 'h'
