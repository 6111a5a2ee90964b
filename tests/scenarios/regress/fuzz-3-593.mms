# munmap(), MAP_FIXED and mremap()'s unmap of a range that reaches a sealed VMA fail with -EPERM, but the split of the first VMA at the range's start, made before the kernel walks on to the sealed one, stays (found by mmsim fuzz --seed 3, sequences 228, 416, 593 and 963: the model refused before splitting)
c = mmap(NULL, 8 * MiB, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0)
r = c + 2 * MiB - (c & (2 * MiB - 1))
munmap(c, r - c) == 0
munmap(r + 4 * MiB, c + 4 * MiB - r) == 0
c = 0
mseal(r + 724 * PAGE, 34 * PAGE, 0) == 0
munmap(r + 184 * PAGE, 850 * PAGE + 3180) == -EPERM
vma(r + 183 * PAGE) == [r, r + 184 * PAGE)
vma(r + 185 * PAGE) == [r + 184 * PAGE, r + 724 * PAGE)
vma(r + 724 * PAGE) == [r + 724 * PAGE, r + 758 * PAGE)
vma(r + 758 * PAGE) == [r + 758 * PAGE, r + 1024 * PAGE)
# nothing is unmapped, and nothing splits at the end of the range
munmap(r + 750 * PAGE, 20 * PAGE) == -EPERM
vma(r + 760 * PAGE) == [r + 758 * PAGE, r + 1024 * PAGE)
# a range starting in the sealed VMA splits nothing
munmap(r + 730 * PAGE, PAGE) == -EPERM
vma(r + 730 * PAGE) == [r + 724 * PAGE, r + 758 * PAGE)
# MAP_FIXED over a range reaching the seal
mmap(r + 100 * PAGE, 100 * PAGE, PROT_READ, MAP_SHARED | MAP_ANONYMOUS | MAP_FIXED, -1, 0) == r + 100 * PAGE
mmap(r + 150 * PAGE, 580 * PAGE, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0) == -EPERM
vma(r + 149 * PAGE) == [r + 100 * PAGE, r + 150 * PAGE)
vma(r + 150 * PAGE) == [r + 150 * PAGE, r + 200 * PAGE)
# mremap()'s unmap of its target too
mmap(r + 10 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0) == r + 10 * PAGE
mremap(r + 10 * PAGE, 4 * PAGE, 4 * PAGE, MREMAP_MAYMOVE | MREMAP_FIXED, r + 722 * PAGE) == -EPERM
vma(r + 600 * PAGE) == [r + 200 * PAGE, r + 722 * PAGE)
vma(r + 722 * PAGE) == [r + 722 * PAGE, r + 724 * PAGE)
vma(r + 10 * PAGE) == [r + 10 * PAGE, r + 14 * PAGE)
