# A faulted part moved away from its VMA and then moved back to where it came from merges with it again (same anon_vma, pgoff contiguous again).
r = mmap(NULL, 32 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 4 * PAGE, 8 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
write(p, 8 * PAGE, 'p')
write(p + 4 * PAGE, 4 * PAGE, 'q')
n = mremap(p + 4 * PAGE, 4 * PAGE, 4 * PAGE, MREMAP_MAYMOVE | MREMAP_FIXED, r + 20 * PAGE)
n == r + 20 * PAGE
vma(p) == [p, p + 4 * PAGE)
vma(n) == [n, n + 4 * PAGE)
mremap(n, 4 * PAGE, 4 * PAGE, MREMAP_MAYMOVE | MREMAP_FIXED, p + 4 * PAGE) == p + 4 * PAGE
vma(p) == [p, p + 8 * PAGE)
vma(n) == NONE
vma(n + 4 * PAGE) == [n + 4 * PAGE, r + 32 * PAGE)
read(p + 4 * PAGE, 4 * PAGE) == 'q'
read(p, 4 * PAGE) == 'p'
