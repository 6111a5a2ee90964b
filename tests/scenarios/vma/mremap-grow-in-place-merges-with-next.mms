# mremap growing a VMA in place up to a compatible unfaulted next VMA merges the two into one.
r = mmap(NULL, 32 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 4 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
q = mmap(r + 12 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
write(p, 4 * PAGE, 'p')
munmap(p + 4 * PAGE, 4 * PAGE)
mremap(p, 4 * PAGE, 8 * PAGE, 0) == p
vma(p) == [p, q + 4 * PAGE)
read(p, 4 * PAGE) == 'p'
read(p + 4 * PAGE, 8 * PAGE) == 0
