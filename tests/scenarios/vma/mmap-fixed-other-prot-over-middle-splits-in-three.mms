# MAP_FIXED with another protection over the middle of a VMA splits it in three.
r = mmap(NULL, 32 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 4 * PAGE, 12 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
m = mmap(p + 4 * PAGE, 4 * PAGE, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
vma(p) == [p, m)
vma(m) == [m, m + 4 * PAGE)
vma(m + 4 * PAGE) == [m + 4 * PAGE, p + 12 * PAGE)
vma_prot(m) == "r--p"
vma_prot(p + 8 * PAGE) == "rw-p"
