# guard-regions selftest madvise_sequential, a memfd (shmem) mapped MAP_SHARED: MADV_SEQUENTIAL and MADV_PAGEOUT: readahead never fills guarded entries, and the data under them is intact after remove
require files
fd = memfd_create("guard", 0)
ftruncate(fd, 100 * PAGE)
p = mmap(NULL, 10 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0)
for i in 0..10: write(p + i * PAGE, PAGE, 'a' + i)
for i in 0..10: read(p + i * PAGE, PAGE) == 'a' + i
madvise(p, 10 * PAGE, MADV_SEQUENTIAL) == 0
for i in 0..5: madvise(p + 2 * i * PAGE, PAGE, MADV_GUARD_INSTALL) == 0
madvise(p, 10 * PAGE, MADV_PAGEOUT) == 0
for i in 0..5: read(p + (2 * i + 1) * PAGE, PAGE) == 'a' + 2 * i + 1
for i in 0..5: read(p + 2 * i * PAGE) == SIGSEGV
madvise(p, 10 * PAGE, MADV_GUARD_REMOVE) == 0
for i in 0..10: read(p + i * PAGE, PAGE) == 'a' + i
