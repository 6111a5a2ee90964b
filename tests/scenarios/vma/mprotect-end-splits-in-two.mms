# mprotect on the last pages of a VMA splits it in two at the start of the range.
r = mmap(NULL, 32 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 4 * PAGE, 8 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
mprotect(p + 5 * PAGE, 3 * PAGE, PROT_READ)
vma(p) == [p, p + 5 * PAGE)
vma(p + 5 * PAGE) == [p + 5 * PAGE, p + 8 * PAGE)
vma_prot(p + 7 * PAGE) == "r--p"
