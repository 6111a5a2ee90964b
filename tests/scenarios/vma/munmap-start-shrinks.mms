# munmap of the first pages of a VMA moves its start up; nothing else changes.
r = mmap(NULL, 32 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 4 * PAGE, 8 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
write(p, 8 * PAGE, 'p')
munmap(p, 2 * PAGE)
vma(p) == NONE
vma(p + PAGE) == NONE
vma(p + 2 * PAGE) == [p + 2 * PAGE, p + 8 * PAGE)
vma(r) == [r, p)
read(p + 2 * PAGE, 6 * PAGE) == 'p'
