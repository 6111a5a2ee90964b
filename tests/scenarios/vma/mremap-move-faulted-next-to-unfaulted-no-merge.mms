# A faulted VMA moved right after a compatible unfaulted VMA keeps its old pgoff, which is not contiguous there: no merge.
r = mmap(NULL, 32 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 4 * PAGE, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
q = mmap(r + 16 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
write(p, 2 * PAGE, 'p')
mremap(p, 2 * PAGE, 2 * PAGE, MREMAP_MAYMOVE | MREMAP_FIXED, q + 4 * PAGE) == q + 4 * PAGE
vma(q) == [q, q + 4 * PAGE)
vma(q + 4 * PAGE) == [q + 4 * PAGE, q + 6 * PAGE)
read(q + 4 * PAGE, 2 * PAGE) == 'p'
