# MREMAP_FIXED without MREMAP_MAYMOVE fails with -EINVAL and neither moves nor unmaps anything
r = mmap(NULL, 32 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 4 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
d = mmap(r + 16 * PAGE, 4 * PAGE, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
write(p, 4 * PAGE, 'p')
mremap(p, 4 * PAGE, 4 * PAGE, MREMAP_FIXED, d) == -EINVAL
mremap(p, 4 * PAGE, 2 * PAGE, MREMAP_FIXED, d) == -EINVAL
mremap(p, 4 * PAGE, 4 * PAGE, MREMAP_FIXED | MREMAP_DONTUNMAP, d) == -EINVAL
vma(p) == [p, p + 4 * PAGE)
read(p, 4 * PAGE) == 'p'
vma_prot(d) == "r--p"
# with MAYMOVE the same call moves p over d
mremap(p, 4 * PAGE, 4 * PAGE, MREMAP_MAYMOVE | MREMAP_FIXED, d) == d
read(d, 4 * PAGE) == 'p'
vma(p) == NONE
