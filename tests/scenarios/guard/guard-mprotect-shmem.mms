# guard-regions selftest mprotect, a memfd (shmem) mapped MAP_SHARED: mprotect leaves guard markers alone: a guard made read-only still faults on read, installing again is idempotent
require files
fd = memfd_create("guard", 0)
ftruncate(fd, 100 * PAGE)
p = mmap(NULL, 10 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0)
madvise(p + 5 * PAGE, 2 * PAGE, MADV_GUARD_INSTALL) == 0
for i in 5..7: read(p + i * PAGE) == SIGSEGV
for i in 5..7: write(p + i * PAGE, 1, 'x') == SIGSEGV
mprotect(p + 5 * PAGE, 2 * PAGE, PROT_READ) == 0
for i in 5..7: read(p + i * PAGE) == SIGSEGV
madvise(p + 5 * PAGE, 2 * PAGE, MADV_GUARD_INSTALL) == 0
for i in 5..7: read(p + i * PAGE) == SIGSEGV
madvise(p, 10 * PAGE, MADV_GUARD_REMOVE) == 0
for i in 0..10: read(p + i * PAGE) == 0
write(p + 5 * PAGE, 1, 'x') == SIGSEGV
write(p + 4 * PAGE, 1, 'x') == 0
