# MREMAP_DONTUNMAP of a middle part of a faulted VMA moves those pages out but leaves the source VMA whole (no split); the moved part reads zero there.
r = mmap(NULL, 32 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = mmap(r + 2 * PAGE, 8 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
write(a, 8 * PAGE, 'a')
d = r + 16 * PAGE
mremap(a + 2 * PAGE, 2 * PAGE, 2 * PAGE, MREMAP_MAYMOVE | MREMAP_FIXED | MREMAP_DONTUNMAP, d) == d
vma(a) == [a, a + 8 * PAGE)
vma(d) == [d, d + 2 * PAGE)
read(a, 2 * PAGE) == 'a'
read(a + 2 * PAGE, 2 * PAGE) == 0
read(a + 4 * PAGE, 4 * PAGE) == 'a'
read(d, 2 * PAGE) == 'a'
