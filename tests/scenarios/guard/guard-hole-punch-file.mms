# guard-regions selftest hole_punch, a file in the scratch directory mapped MAP_SHARED: MADV_REMOVE punching a hole under guard markers keeps them; after remove the punched pages read zero
require files
fd = open("f", O_RDWR | O_CREAT, 0600)
ftruncate(fd, 100 * PAGE)
p = mmap(NULL, 10 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0)
for i in 0..10: write(p + i * PAGE, PAGE, 'a' + i)
madvise(p + 3 * PAGE, 4 * PAGE, MADV_GUARD_INSTALL) == 0
for i in 3..7: read(p + i * PAGE) == SIGSEGV
madvise(p + 3 * PAGE, 4 * PAGE, MADV_REMOVE) == 0
for i in 3..7: read(p + i * PAGE) == SIGSEGV
for i in 3..7: write(p + i * PAGE, 1, 'x') == SIGSEGV
madvise(p + 3 * PAGE, 4 * PAGE, MADV_GUARD_REMOVE) == 0
for i in 0..3: read(p + i * PAGE, PAGE) == 'a' + i
read(p + 3 * PAGE, 4 * PAGE) == 0
for i in 7..10: read(p + i * PAGE, PAGE) == 'a' + i
