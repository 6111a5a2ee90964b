# mremap growing a range that crosses the end of its VMA (no FIXED) fails with -EFAULT, with or without MAYMOVE.
r = mmap(NULL, 32 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 4 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
q = mmap(r + 8 * PAGE, 4 * PAGE, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
mremap(p, 6 * PAGE, 10 * PAGE, 0) == -EFAULT
mremap(p, 6 * PAGE, 10 * PAGE, MREMAP_MAYMOVE) == -EFAULT
vma(p) == [p, q)
vma(q) == [q, q + 4 * PAGE)
