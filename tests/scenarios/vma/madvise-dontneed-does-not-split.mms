# MADV_DONTNEED on part of a VMA drops the pages but changes no flag: the VMA stays whole.
r = mmap(NULL, 32 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 4 * PAGE, 12 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
write(p, 12 * PAGE, 'p')
madvise(p + 4 * PAGE, 4 * PAGE, MADV_DONTNEED)
vma(p) == [p, p + 12 * PAGE)
pagemap(p + 4 * PAGE) & PM_PRESENT == 0
read(p + 4 * PAGE, 4 * PAGE) == 0
read(p + 8 * PAGE, 4 * PAGE) == 'p'
