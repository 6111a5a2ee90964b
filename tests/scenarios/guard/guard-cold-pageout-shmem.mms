# guard-regions selftest cold_pageout, a memfd (shmem) mapped MAP_SHARED: MADV_COLD and MADV_PAGEOUT keep guard markers
require files
fd = memfd_create("guard", 0)
ftruncate(fd, 100 * PAGE)
p = mmap(NULL, 10 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0)
madvise(p, 10 * PAGE, MADV_GUARD_INSTALL) == 0
for i in 0..10: read(p + i * PAGE) == SIGSEGV
madvise(p, 10 * PAGE, MADV_COLD) == 0
for i in 0..10: read(p + i * PAGE) == SIGSEGV
madvise(p, 10 * PAGE, MADV_PAGEOUT) == 0
for i in 0..10: read(p + i * PAGE) == SIGSEGV
for i in 0..10: write(p + i * PAGE, 1, 'x') == SIGSEGV
