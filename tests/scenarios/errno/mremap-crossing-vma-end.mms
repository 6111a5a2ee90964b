# mremap of an old range that runs past the end of its VMA fails with -EFAULT when it resizes or moves without MREMAP_FIXED; shrinking unmaps the tail, holes included
r = mmap(NULL, 48 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 4 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
q = mmap(r + 8 * PAGE, 4 * PAGE, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
munmap(r + 16 * PAGE, 8 * PAGE)
write(p, 4 * PAGE, 'p')
# the old range covers p and q: two VMAs
mremap(p, 8 * PAGE, 10 * PAGE, MREMAP_MAYMOVE) == -EFAULT
mremap(p, 8 * PAGE, 10 * PAGE, 0) == -EFAULT
mremap(p + 2 * PAGE, 4 * PAGE, 6 * PAGE, MREMAP_MAYMOVE) == -EFAULT
vma(p) == [p, p + 4 * PAGE)
vma(q) == [q, q + 4 * PAGE)
# old_len == new_len without MREMAP_FIXED returns the address at once, without looking at the range
mremap(p, 8 * PAGE, 8 * PAGE, 0) == p
mremap(p + 2 * PAGE, 4 * PAGE, 4 * PAGE, MREMAP_MAYMOVE) == p + 2 * PAGE
vma(p) == [p, p + 4 * PAGE)
# a range starting in a hole fails with -EFAULT even as a same-size MREMAP_FIXED move
mremap(r + 20 * PAGE, 8 * PAGE, 8 * PAGE, MREMAP_MAYMOVE | MREMAP_FIXED, r + 36 * PAGE) == -EFAULT
vma(r + 24 * PAGE) == [r + 24 * PAGE, r + 48 * PAGE)
# shrinking is an munmap of the tail: it succeeds across the VMA end and takes q with it
mremap(p, 8 * PAGE, 2 * PAGE, 0) == p
vma(p) == [p, p + 2 * PAGE)
vma(q) == NONE
read(p, 2 * PAGE) == 'p'
