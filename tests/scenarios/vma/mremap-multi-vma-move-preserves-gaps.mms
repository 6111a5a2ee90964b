# 6.17+: MREMAP_FIXED with old_len == new_len over several VMAs with gaps moves each VMA to the same offset in a free destination: the gaps are kept as holes.
require kernel >= 6.17
r = mmap(NULL, 32 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = mmap(r + 2 * PAGE, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
munmap(r + 4 * PAGE, PAGE)
b = mmap(r + 5 * PAGE, 2 * PAGE, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
munmap(r + 7 * PAGE, 2 * PAGE)
c = mmap(r + 9 * PAGE, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
write(a, 2 * PAGE, 'a')
write(c, 2 * PAGE, 'c')
d = r + 16 * PAGE
munmap(d, 9 * PAGE)
mremap(a, 9 * PAGE, 9 * PAGE, MREMAP_MAYMOVE | MREMAP_FIXED, d) == d
vma(d) == [d, d + 2 * PAGE)
vma(d + 2 * PAGE) == NONE
vma(d + 3 * PAGE) == [d + 3 * PAGE, d + 5 * PAGE)
vma_prot(d + 3 * PAGE) == "r--p"
vma(d + 5 * PAGE) == NONE
vma(d + 6 * PAGE) == NONE
vma(d + 7 * PAGE) == [d + 7 * PAGE, d + 9 * PAGE)
vma(d + 9 * PAGE) == [d + 9 * PAGE, r + 32 * PAGE)
read(d, 2 * PAGE) == 'a'
read(d + 7 * PAGE, 2 * PAGE) == 'c'
vma(a) == NONE
vma(b) == NONE
vma(c) == NONE
vma(r) == [r, a)
