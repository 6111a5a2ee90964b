# mremap with MREMAP_FIXED onto a target that overlaps the source fails with -EINVAL, in either direction
r = mmap(NULL, 32 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 8 * PAGE, 8 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
write(p, 8 * PAGE, 'p')
mremap(p, 4 * PAGE, 4 * PAGE, MREMAP_MAYMOVE | MREMAP_FIXED, p + 2 * PAGE) == -EINVAL
mremap(p + 4 * PAGE, 4 * PAGE, 4 * PAGE, MREMAP_MAYMOVE | MREMAP_FIXED, p + 2 * PAGE) == -EINVAL
mremap(p, 4 * PAGE, 4 * PAGE, MREMAP_MAYMOVE | MREMAP_FIXED, p) == -EINVAL
# the new length counts: a move of 2 pages to a target 2 pages later that grows to 4 overlaps
mremap(p, 2 * PAGE, 4 * PAGE, MREMAP_MAYMOVE | MREMAP_FIXED, p - 3 * PAGE) == -EINVAL
mremap(p, 4 * PAGE, 4 * PAGE, MREMAP_MAYMOVE | MREMAP_FIXED | MREMAP_DONTUNMAP, p + 3 * PAGE) == -EINVAL
vma(p) == [p, p + 8 * PAGE)
read(p, 8 * PAGE) == 'p'
# adjacent ranges do not overlap
mremap(p, 2 * PAGE, 2 * PAGE, MREMAP_MAYMOVE | MREMAP_FIXED, p - 2 * PAGE) == p - 2 * PAGE
read(p - 2 * PAGE, 2 * PAGE) == 'p'
vma(p) == NONE
