# An unsealed VMA made equal in protection to a sealed neighbour does not merge with it.
r = mmap(NULL, 32 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 4 * PAGE, 8 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
mprotect(p + 4 * PAGE, 4 * PAGE, PROT_READ)
mseal(p, 4 * PAGE, 0)
mprotect(p + 4 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE)
vma(p) == [p, p + 4 * PAGE)
vma(p + 4 * PAGE) == [p + 4 * PAGE, p + 8 * PAGE)
vma_prot(p + 4 * PAGE) == "rw-p"
