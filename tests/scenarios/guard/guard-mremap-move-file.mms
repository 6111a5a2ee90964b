# guard-regions selftest mremap_move, a file in the scratch directory mapped MAP_SHARED: mremap moves guard markers with the pages
require files
fd = open("f", O_RDWR | O_CREAT, 0600)
ftruncate(fd, 100 * PAGE)
r = mmap(NULL, 12 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r, 5 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_FIXED, fd, 0)
write(p + PAGE, 3 * PAGE, 'm')
madvise(p, PAGE, MADV_GUARD_INSTALL) == 0
madvise(p + 4 * PAGE, PAGE, MADV_GUARD_INSTALL) == 0
q = mremap(p, 5 * PAGE, 5 * PAGE, MREMAP_MAYMOVE | MREMAP_FIXED, r + 6 * PAGE) == r + 6 * PAGE
vma(p) == NONE
read(q) == SIGSEGV
write(q, 1, 'x') == SIGSEGV
read(q + PAGE, 3 * PAGE) == 'm'
read(q + 4 * PAGE) == SIGSEGV
write(q + 4 * PAGE, 1, 'x') == SIGSEGV
pagemap(q) & PM_GUARD_REGION == PM_GUARD_REGION
