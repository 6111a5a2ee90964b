# mremap() that shrinks and moves: only the part that moves must lie in one VMA; what the shrink unmaps may reach into the next ones (found by mmsim fuzz --seed 2, sequence 20: the model gave -EFAULT)
c = mmap(NULL, 8 * MiB, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0)
r = c + 2 * MiB - (c & (2 * MiB - 1))
munmap(c, r - c) == 0
munmap(r + 4 * MiB, c + 4 * MiB - r) == 0
c = 0
mmap(r + 66 * PAGE, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0) == r + 66 * PAGE
write(r + 66 * PAGE, 2 * PAGE, 'a') == 0
# [r + 66, r + 70) spans the mapping and the carve-out after it; one page moves
mremap(r + 66 * PAGE, 4 * PAGE, PAGE, MREMAP_MAYMOVE | MREMAP_FIXED, r + 12 * PAGE) == r + 12 * PAGE
read(r + 12 * PAGE, PAGE) == 'a'
vma(r + 12 * PAGE) == [r + 12 * PAGE, r + 13 * PAGE)
vma(r + 66 * PAGE) == NONE
vma(r + 69 * PAGE) == NONE
vma(r + 70 * PAGE) == [r + 70 * PAGE, r + 1024 * PAGE)
# the part that moves must not cross: two pages from one page before a VMA's end
mmap(r + 100 * PAGE, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0) == r + 100 * PAGE
mremap(r + 101 * PAGE, 3 * PAGE, 2 * PAGE, MREMAP_MAYMOVE | MREMAP_FIXED, r + 200 * PAGE) == -EFAULT
vma(r + 101 * PAGE) == [r + 100 * PAGE, r + 102 * PAGE)
# and a shrink in place crosses VMA boundaries as munmap does
mremap(r + 100 * PAGE, 5 * PAGE, PAGE, 0) == r + 100 * PAGE
vma(r + 100 * PAGE) == [r + 100 * PAGE, r + 101 * PAGE)
vma(r + 104 * PAGE) == NONE
vma(r + 105 * PAGE) == [r + 105 * PAGE, r + 1024 * PAGE)
