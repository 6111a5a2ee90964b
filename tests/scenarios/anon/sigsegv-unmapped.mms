# Accesses to unmapped memory raise SIGSEGV: a page munmapped out of an anonymous mapping has no VMA, and both reads and writes there fault while its neighbours keep their data.
r = mmap(NULL, 8 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 2 * PAGE, 3 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
write(p, 3 * PAGE, 'u')
munmap(p + PAGE, PAGE) == 0
vma(p + PAGE) == NONE
read(p + PAGE) == SIGSEGV
write(p + PAGE, 1, 'x') == SIGSEGV
pagemap(p + PAGE) == 0
read(p, PAGE) == 'u'
read(p + 2 * PAGE, PAGE) == 'u'
read(p, 2 * PAGE) == SIGSEGV
