# MADV_DONTNEED on an mlocked VMA fails with -EINVAL and leaves the locked pages and their data in place.
p = mmap(NULL, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
write(p, 2 * PAGE, 'l')
mlock(p, 2 * PAGE) == 0
madvise(p, 2 * PAGE, MADV_DONTNEED) == -EINVAL
read(p, 2 * PAGE) == 'l'
pagemap(p) & PM_PRESENT == PM_PRESENT
