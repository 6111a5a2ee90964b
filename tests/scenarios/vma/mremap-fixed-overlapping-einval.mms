# MREMAP_FIXED onto a range that overlaps the source fails with -EINVAL; nothing moves.
r = mmap(NULL, 32 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 4 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
mremap(p, 4 * PAGE, 4 * PAGE, MREMAP_MAYMOVE | MREMAP_FIXED, p + 2 * PAGE) == -EINVAL
mremap(p, 4 * PAGE, 4 * PAGE, MREMAP_FIXED, r + 20 * PAGE) == -EINVAL
mremap(p, 4 * PAGE, 0, 0) == -EINVAL
vma(p) == [p, p + 4 * PAGE)
