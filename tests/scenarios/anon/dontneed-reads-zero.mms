# MADV_DONTNEED on written private anonymous pages discards their data: the pages read back as zeros.
p = mmap(NULL, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
write(p, 4 * PAGE, 'd')
madvise(p + PAGE, 2 * PAGE, MADV_DONTNEED) == 0
read(p, PAGE) == 'd'
read(p + PAGE, 2 * PAGE) == 0
read(p + 3 * PAGE, PAGE) == 'd'
