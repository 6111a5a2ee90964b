# guard-regions selftest dontneed, a file in the scratch directory mapped MAP_SHARED: MADV_DONTNEED keeps guard markers; the pages between them read the data again (the page cache keeps it) afterwards
require files
fd = open("f", O_RDWR | O_CREAT, 0600)
ftruncate(fd, 100 * PAGE)
p = mmap(NULL, 10 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0)
write(p, 10 * PAGE, 'y')
for i in 0..5: madvise(p + 2 * i * PAGE, PAGE, MADV_GUARD_INSTALL) == 0
madvise(p, 10 * PAGE, MADV_DONTNEED) == 0
for i in 0..5: read(p + 2 * i * PAGE) == SIGSEGV
for i in 0..5: read(p + (2 * i + 1) * PAGE, PAGE) == 'y'
for i in 0..5: write(p + 2 * i * PAGE, 1, 'x') == SIGSEGV
for i in 0..5: write(p + (2 * i + 1) * PAGE, 1, 'x') == 0
