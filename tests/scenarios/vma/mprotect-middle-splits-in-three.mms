# mprotect on the middle of a VMA splits it in three: [start, a), [a, b) with the new protection, [b, end).
r = mmap(NULL, 32 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 4 * PAGE, 12 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
mprotect(p + 4 * PAGE, 4 * PAGE, PROT_READ)
vma(p) == [p, p + 4 * PAGE)
vma(p + 4 * PAGE) == [p + 4 * PAGE, p + 8 * PAGE)
vma(p + 8 * PAGE) == [p + 8 * PAGE, p + 12 * PAGE)
vma_prot(p) == "rw-p"
vma_prot(p + 4 * PAGE) == "r--p"
vma_prot(p + 8 * PAGE) == "rw-p"
write(p + 4 * PAGE, 1, 'x') == SIGSEGV
