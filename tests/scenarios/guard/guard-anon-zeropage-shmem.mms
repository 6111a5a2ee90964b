# guard-regions selftest anon_zeropage, a memfd (shmem) mapped MAP_SHARED: guard regions are allowed in a read-only mapping; after remove every page reads zero
require files
fd = memfd_create("guard", 0)
ftruncate(fd, 100 * PAGE)
p = mmap(NULL, 10 * PAGE, PROT_READ, MAP_SHARED, fd, 0)
for i in 0..5: madvise(p + 2 * i * PAGE, PAGE, MADV_GUARD_INSTALL) == 0
for i in 0..5: read(p + 2 * i * PAGE) == SIGSEGV
for i in 0..5: read(p + (2 * i + 1) * PAGE, PAGE) == 0
madvise(p, 10 * PAGE, MADV_GUARD_REMOVE) == 0
read(p, 10 * PAGE) == 0
