# guard-regions selftest populate, a memfd (shmem) mapped MAP_SHARED: MADV_POPULATE_READ and MADV_POPULATE_WRITE over guard markers fail with -EFAULT
require files
fd = memfd_create("guard", 0)
ftruncate(fd, 100 * PAGE)
p = mmap(NULL, 10 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0)
madvise(p, 10 * PAGE, MADV_GUARD_INSTALL) == 0
madvise(p, 10 * PAGE, MADV_POPULATE_READ) == -EFAULT
madvise(p, 10 * PAGE, MADV_POPULATE_WRITE) == -EFAULT
for i in 0..10: read(p + i * PAGE) == SIGSEGV
