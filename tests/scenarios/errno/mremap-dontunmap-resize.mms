# MREMAP_DONTUNMAP needs MREMAP_MAYMOVE and old_len == new_len; otherwise -EINVAL and nothing moves
r = mmap(NULL, 32 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 4 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
write(p, 4 * PAGE, 'p')
mremap(p, 4 * PAGE, 8 * PAGE, MREMAP_MAYMOVE | MREMAP_DONTUNMAP) == -EINVAL
mremap(p, 4 * PAGE, 2 * PAGE, MREMAP_MAYMOVE | MREMAP_DONTUNMAP) == -EINVAL
mremap(p, 4 * PAGE, 8 * PAGE, MREMAP_MAYMOVE | MREMAP_FIXED | MREMAP_DONTUNMAP, r + 16 * PAGE) == -EINVAL
mremap(p, 4 * PAGE, 4 * PAGE, MREMAP_DONTUNMAP) == -EINVAL
read(p, 4 * PAGE) == 'p'
vma_prot(r + 16 * PAGE) == "---p"
# the same size with MAYMOVE works: the old range stays mapped, emptied
q = mremap(p, 4 * PAGE, 4 * PAGE, MREMAP_MAYMOVE | MREMAP_FIXED | MREMAP_DONTUNMAP, r + 16 * PAGE) == r + 16 * PAGE
read(q, 4 * PAGE) == 'p'
vma(p) == [p, p + 4 * PAGE)
read(p, 4 * PAGE) == 0
