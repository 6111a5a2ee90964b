# munmap of a range with nothing mapped succeeds (0) and changes nothing.
r = mmap(NULL, 32 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 4 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
munmap(p, 4 * PAGE) == 0
munmap(p, 4 * PAGE) == 0
vma(p) == NONE
vma(r) == [r, p)
vma(p + 4 * PAGE) == [p + 4 * PAGE, r + 32 * PAGE)
