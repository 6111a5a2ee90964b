# munmap of any range that touches a sealed VMA fails with -EPERM, and unmaps nothing, not even the unsealed parts
r = mmap(NULL, 16 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 4 * PAGE, 8 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
write(p, 8 * PAGE, 'p')
mseal(p + 2 * PAGE, 2 * PAGE, 0)
munmap(p + 2 * PAGE, 2 * PAGE) == -EPERM
munmap(p + 3 * PAGE, PAGE) == -EPERM
munmap(p, 8 * PAGE) == -EPERM
munmap(r, 16 * PAGE) == -EPERM
vma(p) == [p, p + 2 * PAGE)
vma(p + 2 * PAGE) == [p + 2 * PAGE, p + 4 * PAGE)
vma(r) == [r, p)
read(p, 8 * PAGE) == 'p'
# a shrinking mremap is an unmap of the sealed tail
mremap(p, 4 * PAGE, 2 * PAGE, 0) == -EPERM
# the unsealed neighbours can be unmapped on their own
munmap(p, 2 * PAGE) == 0
munmap(p + 4 * PAGE, 4 * PAGE) == 0
vma(p + 2 * PAGE) == [p + 2 * PAGE, p + 4 * PAGE)
