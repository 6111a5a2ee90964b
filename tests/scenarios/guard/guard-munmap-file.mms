# guard-regions selftest munmap, a file in the scratch directory mapped MAP_SHARED: munmap drops the guard markers: a new mapping in their place is accessible
require files
fd = open("f", O_RDWR | O_CREAT, 0600)
ftruncate(fd, 100 * PAGE)
p = mmap(NULL, 10 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0)
madvise(p, PAGE, MADV_GUARD_INSTALL) == 0
madvise(p + 9 * PAGE, PAGE, MADV_GUARD_INSTALL) == 0
read(p) == SIGSEGV
write(p, 1, 'x') == SIGSEGV
read(p + 9 * PAGE) == SIGSEGV
write(p + 9 * PAGE, 1, 'x') == SIGSEGV
munmap(p, PAGE)
munmap(p + 9 * PAGE, PAGE)
pagemap(p) == 0
mmap(p, PAGE, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_FIXED, fd, 0) == p
mmap(p + 9 * PAGE, PAGE, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_FIXED, fd, 9 * PAGE) == p + 9 * PAGE
for i in 0..10: read(p + i * PAGE) == 0
for i in 0..10: write(p + i * PAGE, 1, 'x') == 0
