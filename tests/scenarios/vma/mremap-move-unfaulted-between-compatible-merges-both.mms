# An unfaulted VMA moved (MREMAP_FIXED) into the exact gap between two compatible unfaulted VMAs merges all three into one.
r = mmap(NULL, 32 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 2 * PAGE, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
a = mmap(r + 12 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
b = mmap(r + 18 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
munmap(a + 4 * PAGE, 2 * PAGE)
vma(a) == [a, a + 4 * PAGE)
mremap(p, 2 * PAGE, 2 * PAGE, MREMAP_MAYMOVE | MREMAP_FIXED, a + 4 * PAGE) == a + 4 * PAGE
vma(a) == [a, b + 4 * PAGE)
vma(p) == NONE
