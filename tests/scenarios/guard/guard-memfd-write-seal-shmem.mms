# guard-regions selftest memfd_write_seal, a memfd (shmem) mapped MAP_SHARED: guard regions are allowed in a read-only mapping of a write-sealed memfd, and the seal still holds
require files
fd = memfd_create("guard", MFD_ALLOW_SEALING)
ftruncate(fd, 10 * PAGE)
for i in 0..10: pwrite(fd, 'a' + i, PAGE, i * PAGE) == PAGE
fcntl(fd, F_ADD_SEALS, F_SEAL_WRITE) == 0
mmap(NULL, 10 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0) == -EPERM
p = mmap(NULL, 10 * PAGE, PROT_READ, MAP_SHARED, fd, 0)
for i in 0..5: madvise(p + 2 * i * PAGE, PAGE, MADV_GUARD_INSTALL) == 0
for i in 0..5: read(p + 2 * i * PAGE) == SIGSEGV
for i in 0..5: read(p + (2 * i + 1) * PAGE, PAGE) == 'a' + 2 * i + 1
madvise(p, 10 * PAGE, MADV_GUARD_REMOVE) == 0
for i in 0..10: read(p + i * PAGE, PAGE) == 'a' + i
for i in 0..10: write(p + i * PAGE, 1, 'x') == SIGSEGV
mprotect(p, 10 * PAGE, PROT_READ | PROT_WRITE) == -EACCES
