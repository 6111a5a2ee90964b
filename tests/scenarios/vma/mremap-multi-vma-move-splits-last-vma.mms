# 6.17+: a multi-VMA move whose range ends inside the last VMA splits that VMA and moves only the covered part.
require kernel >= 6.17
r = mmap(NULL, 32 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = mmap(r + 2 * PAGE, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
b = mmap(r + 4 * PAGE, 4 * PAGE, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
d = r + 16 * PAGE
mremap(a, 4 * PAGE, 4 * PAGE, MREMAP_MAYMOVE | MREMAP_FIXED, d) == d
vma(a) == NONE
vma(b) == NONE
vma(b + 2 * PAGE) == [b + 2 * PAGE, b + 4 * PAGE)
vma(d) == [d, d + 2 * PAGE)
vma(d + 2 * PAGE) == [d + 2 * PAGE, d + 4 * PAGE)
vma_prot(d + 2 * PAGE) == "r--p"
