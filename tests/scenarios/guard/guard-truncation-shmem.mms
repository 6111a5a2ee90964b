# guard-regions selftest truncation, a memfd (shmem) mapped MAP_SHARED: truncating the file, down and up again, keeps the guard markers
require files
fd = memfd_create("guard", 0)
ftruncate(fd, 100 * PAGE)
p = mmap(NULL, 10 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0)
for i in 0..10: write(p + i * PAGE, PAGE, 'a' + i)
for i in 0..5: madvise(p + 2 * i * PAGE, PAGE, MADV_GUARD_INSTALL) == 0
for i in 0..5: read(p + 2 * i * PAGE) == SIGSEGV
for i in 0..5: write(p + 2 * i * PAGE, 1, 'x') == SIGSEGV
ftruncate(fd, 10 * PAGE) == 0
for i in 0..5: read(p + 2 * i * PAGE) == SIGSEGV
for i in 0..5: write(p + 2 * i * PAGE, 1, 'x') == SIGSEGV
for i in 0..5: read(p + (2 * i + 1) * PAGE, PAGE) == 'a' + 2 * i + 1
ftruncate(fd, 5 * PAGE) == 0
# beyond the end of the file a guard is still SIGSEGV, other pages SIGBUS
for i in 0..5: read(p + 2 * i * PAGE) == SIGSEGV
for i in 0..5: write(p + 2 * i * PAGE, 1, 'x') == SIGSEGV
read(p + 7 * PAGE) == SIGBUS
read(p + 9 * PAGE) == SIGBUS
ftruncate(fd, 10 * PAGE) == 0
for i in 0..5: read(p + 2 * i * PAGE) == SIGSEGV
for i in 0..5: write(p + 2 * i * PAGE, 1, 'x') == SIGSEGV
read(p + PAGE, PAGE) == 'b'
read(p + 3 * PAGE, PAGE) == 'd'
read(p + 5 * PAGE, PAGE) == 0
read(p + 7 * PAGE, PAGE) == 0
read(p + 9 * PAGE, PAGE) == 0
for i in 0..5: write(p + (2 * i + 1) * PAGE, 1, 'x') == 0
