# mremap growing a VMA whose next pages are mapped, without MREMAP_MAYMOVE, fails with -ENOMEM and changes nothing.
r = mmap(NULL, 32 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 4 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
q = mmap(r + 8 * PAGE, 4 * PAGE, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
write(p, 4 * PAGE, 'p')
mremap(p, 4 * PAGE, 6 * PAGE, 0) == -ENOMEM
vma(p) == [p, q)
vma(q) == [q, q + 4 * PAGE)
read(p, 4 * PAGE) == 'p'
