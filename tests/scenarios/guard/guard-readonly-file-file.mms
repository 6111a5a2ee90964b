# guard-regions selftest readonly_file, a file in the scratch directory mapped MAP_SHARED: guard regions are allowed in a read-only mapping of a file opened O_RDONLY
require files
fd = open("f", O_RDWR | O_CREAT, 0600)
for i in 0..10: pwrite(fd, 'a' + i, PAGE, i * PAGE) == PAGE
close(fd)
ro = open("f", O_RDONLY)
p = mmap(NULL, 10 * PAGE, PROT_READ, MAP_SHARED, ro, 0)
for i in 0..5: madvise(p + 2 * i * PAGE, PAGE, MADV_GUARD_INSTALL) == 0
for i in 0..5: read(p + 2 * i * PAGE) == SIGSEGV
for i in 0..5: read(p + (2 * i + 1) * PAGE, PAGE) == 'a' + 2 * i + 1
madvise(p, 10 * PAGE, MADV_GUARD_REMOVE) == 0
for i in 0..10: read(p + i * PAGE, PAGE) == 'a' + i
