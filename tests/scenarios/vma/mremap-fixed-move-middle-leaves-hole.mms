# MREMAP_FIXED moving the middle of a VMA splits it: the two outer parts stay, a hole is left, the middle lands at the new place with its data.
r = mmap(NULL, 32 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 2 * PAGE, 8 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
write(p, 8 * PAGE, 'p')
n = mremap(p + 3 * PAGE, 2 * PAGE, 2 * PAGE, MREMAP_MAYMOVE | MREMAP_FIXED, r + 20 * PAGE)
n == r + 20 * PAGE
vma(p) == [p, p + 3 * PAGE)
vma(p + 3 * PAGE) == NONE
vma(p + 4 * PAGE) == NONE
vma(p + 5 * PAGE) == [p + 5 * PAGE, p + 8 * PAGE)
vma(n) == [n, n + 2 * PAGE)
read(n, 2 * PAGE) == 'p'
