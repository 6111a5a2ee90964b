# mremap grows a VMA in place (same address, no MAYMOVE needed) when the pages after it are unmapped; the new tail reads zero.
r = mmap(NULL, 32 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 4 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
write(p, 4 * PAGE, 'p')
munmap(p + 4 * PAGE, 4 * PAGE)
mremap(p, 4 * PAGE, 7 * PAGE, 0) == p
vma(p) == [p, p + 7 * PAGE)
vma(p + 7 * PAGE) == NONE
read(p, 4 * PAGE) == 'p'
read(p + 4 * PAGE, 3 * PAGE) == 0
