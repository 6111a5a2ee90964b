# A new anonymous mapping placed right after an unfaulted VMA with the same flags extends that VMA (one VMA).
r = mmap(NULL, 32 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = mmap(r + 4 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
m = mmap(r + 8 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
vma(a) == [a, a + 8 * PAGE)
vma(m) == [a, a + 8 * PAGE)
vma_prot(m) == "rw-p"
vma(r) == [r, a)
vma(m + 4 * PAGE) == [m + 4 * PAGE, r + 32 * PAGE)
