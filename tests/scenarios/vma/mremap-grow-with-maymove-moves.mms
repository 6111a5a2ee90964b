# mremap growing a blocked VMA with MREMAP_MAYMOVE moves it: the old range is unmapped, the data is kept, the tail reads zero.
r = mmap(NULL, 32 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 4 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
q = mmap(r + 8 * PAGE, 4 * PAGE, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
write(p, 4 * PAGE, 'p')
n = mremap(p, 4 * PAGE, 8 * PAGE, MREMAP_MAYMOVE)
# the kernel chooses the new place: that it moved is all that can be said
n != p
vma(p) == NONE
vma(q) == [q, q + 4 * PAGE)
vma_prot(n) == "rw-p"
read(n, 4 * PAGE) == 'p'
read(n + 4 * PAGE, 4 * PAGE) == 0
pagemap(p) == 0
