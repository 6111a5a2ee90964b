# MREMAP_DONTUNMAP with new_len different from old_len fails with -EINVAL; the VMA is unchanged.
r = mmap(NULL, 32 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 4 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
write(p, 4 * PAGE, 'p')
mremap(p, 4 * PAGE, 2 * PAGE, MREMAP_MAYMOVE | MREMAP_FIXED | MREMAP_DONTUNMAP, r + 20 * PAGE) == -EINVAL
vma(p) == [p, p + 4 * PAGE)
vma(r + 20 * PAGE) == [p + 4 * PAGE, r + 32 * PAGE)
read(p, 4 * PAGE) == 'p'
