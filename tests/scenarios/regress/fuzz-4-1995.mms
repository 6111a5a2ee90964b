# A multi-VMA mremap() move walks on from where the last source VMA ended: a DONTUNMAP move that lands next to its own source and merges back over that point ends the walk, rather than being moved again (found by mmsim fuzz --seed 4, sequence 1995: the model moved the merged VMA a second time, returned -EFAULT and left a hole)
c = mmap(NULL, 8 * MiB, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0)
r = c + 2 * MiB - (c & (2 * MiB - 1))
munmap(c, r - c) == 0
munmap(r + 4 * MiB, c + 4 * MiB - r) == 0
c = 0
munmap(r + 15 * PAGE, PAGE) == 0
mremap(r + 4 * PAGE, 3 * PAGE, 3 * PAGE, MREMAP_MAYMOVE | MREMAP_FIXED | MREMAP_DONTUNMAP, r + 15 * PAGE) == r + 15 * PAGE
vma(r) == [r, r + 1024 * PAGE)
mmap(r + 100 * PAGE, 3 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0) == r + 100 * PAGE
write(r + 100 * PAGE, 3 * PAGE, 'a') == 0
mremap(r + 100 * PAGE, 3 * PAGE, 3 * PAGE, MREMAP_MAYMOVE | MREMAP_FIXED | MREMAP_DONTUNMAP, r + 103 * PAGE) == r + 103 * PAGE
read(r + 103 * PAGE, 3 * PAGE) == 'a'
read(r + 100 * PAGE, 3 * PAGE) == 0
vma(r + 100 * PAGE) == [r + 100 * PAGE, r + 103 * PAGE)
vma(r + 103 * PAGE) == [r + 103 * PAGE, r + 106 * PAGE)
vma(r + 106 * PAGE) == [r + 106 * PAGE, r + 1024 * PAGE)
