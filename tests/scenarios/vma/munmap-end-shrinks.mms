# munmap of the last pages of a VMA moves its end down; nothing else changes.
r = mmap(NULL, 32 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 4 * PAGE, 8 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
write(p, 8 * PAGE, 'p')
munmap(p + 6 * PAGE, 2 * PAGE)
vma(p) == [p, p + 6 * PAGE)
vma(p + 6 * PAGE) == NONE
vma(p + 7 * PAGE) == NONE
vma(p + 8 * PAGE) == [p + 8 * PAGE, r + 32 * PAGE)
read(p, 6 * PAGE) == 'p'
