# MADV_DONTNEED over a range with an unmapped hole returns -ENOMEM, but still discards the pages of the mapped parts on both sides of the hole.
r = mmap(NULL, 8 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 2 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
write(p, 4 * PAGE, 'h')
munmap(p + PAGE, PAGE) == 0
madvise(p, 4 * PAGE, MADV_DONTNEED) == -ENOMEM
read(p, PAGE) == 0
read(p + 2 * PAGE, 2 * PAGE) == 0
read(p + PAGE) == SIGSEGV
