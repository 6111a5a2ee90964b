# 6.17+: a multi-VMA move with MREMAP_DONTUNMAP keeps every source VMA (now empty, reading zero, not split) and places the copies with the gaps kept.
require kernel >= 6.17
r = mmap(NULL, 32 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = mmap(r + 2 * PAGE, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
munmap(r + 4 * PAGE, PAGE)
b = mmap(r + 5 * PAGE, 4 * PAGE, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
write(a, 2 * PAGE, 'a')
d = r + 16 * PAGE
mremap(a, 5 * PAGE, 5 * PAGE, MREMAP_MAYMOVE | MREMAP_FIXED | MREMAP_DONTUNMAP, d) == d
vma(a) == [a, a + 2 * PAGE)
vma(b) == [b, b + 4 * PAGE)
vma(d) == [d, d + 2 * PAGE)
vma(d + 3 * PAGE) == [d + 3 * PAGE, d + 5 * PAGE)
vma_prot(d + 3 * PAGE) == "r--p"
read(a, 2 * PAGE) == 0
read(d, 2 * PAGE) == 'a'
