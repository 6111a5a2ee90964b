# mprotect on the first pages of a VMA splits it in two at the end of the range.
r = mmap(NULL, 32 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 4 * PAGE, 8 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
mprotect(p, 3 * PAGE, PROT_READ)
vma(p) == [p, p + 3 * PAGE)
vma(p + 3 * PAGE) == [p + 3 * PAGE, p + 8 * PAGE)
vma_prot(p) == "r--p"
vma_prot(p + 3 * PAGE) == "rw-p"
