# mremap of a sealed VMA fails with -EPERM, whether it would grow, shrink, move or only be left in place; so does a move onto it
r = mmap(NULL, 32 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 4 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
s = mmap(r + 8 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
munmap(r + 12 * PAGE, 4 * PAGE)
write(s, 4 * PAGE, 's')
mseal(s, 4 * PAGE, 0)
mremap(s, 4 * PAGE, 4 * PAGE, 0) == -EPERM
mremap(s, 4 * PAGE, 6 * PAGE, 0) == -EPERM
mremap(s, 4 * PAGE, 2 * PAGE, 0) == -EPERM
mremap(s, 4 * PAGE, 8 * PAGE, MREMAP_MAYMOVE) == -EPERM
mremap(s, 4 * PAGE, 4 * PAGE, MREMAP_MAYMOVE | MREMAP_FIXED, r + 20 * PAGE) == -EPERM
mremap(s, 4 * PAGE, 4 * PAGE, MREMAP_MAYMOVE | MREMAP_DONTUNMAP) == -EPERM
# moving another mapping over it would unmap it
mremap(p, 4 * PAGE, 4 * PAGE, MREMAP_MAYMOVE | MREMAP_FIXED, s) == -EPERM
vma(s) == [s, s + 4 * PAGE)
read(s, 4 * PAGE) == 's'
vma(p) == [p, p + 4 * PAGE)
vma(r + 12 * PAGE) == NONE
