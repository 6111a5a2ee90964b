# An unfaulted VMA moved right after a faulted (not forked) VMA merges with it and adopts its anon_vma.
r = mmap(NULL, 32 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 4 * PAGE, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
q = mmap(r + 16 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
write(q, 4 * PAGE, 'q')
mremap(p, 2 * PAGE, 2 * PAGE, MREMAP_MAYMOVE | MREMAP_FIXED, q + 4 * PAGE) == q + 4 * PAGE
vma(q) == [q, q + 6 * PAGE)
read(q + 4 * PAGE, 2 * PAGE) == 0
read(q, 4 * PAGE) == 'q'
