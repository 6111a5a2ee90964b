# guard-regions selftest basic, a memfd (shmem) mapped MAP_SHARED: install over a populated page zaps it; guards fault on read and write, their neighbours do not; remove is idempotent and never discards data
require files
fd = memfd_create("guard", 0)
ftruncate(fd, 100 * PAGE)
p = mmap(NULL, 10 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0)
write(p, 1, 'x')
madvise(p, PAGE, MADV_GUARD_INSTALL) == 0
read(p) == SIGSEGV
write(p, 1, 'x') == SIGSEGV
for i in 1..10: read(p + i * PAGE) == 0
for i in 1..10: write(p + i * PAGE, 1, 'x') == 0
madvise(p + 9 * PAGE, PAGE, MADV_GUARD_INSTALL) == 0
read(p + 9 * PAGE) == SIGSEGV
write(p + 9 * PAGE, 1, 'x') == SIGSEGV
read(p) == SIGSEGV
write(p, 1, 'x') == SIGSEGV
for i in 1..9: read(p + i * PAGE) == 'x'
for i in 1..9: write(p + i * PAGE, 1, 'x') == 0
madvise(p, PAGE, MADV_GUARD_REMOVE) == 0
read(p) == 'x'
for i in 0..9: read(p + i * PAGE) == 'x'
for i in 0..9: write(p + i * PAGE, 1, 'x') == 0
madvise(p + 9 * PAGE, PAGE, MADV_GUARD_REMOVE) == 0
for i in 0..10: read(p + i * PAGE) == 'x'
for i in 0..10: write(p + i * PAGE, 1, 'x') == 0
# install over pages 0-2, page 0 populated again
madvise(p, 3 * PAGE, MADV_GUARD_INSTALL) == 0
for i in 0..3: read(p + i * PAGE) == SIGSEGV
for i in 0..3: write(p + i * PAGE, 1, 'x') == SIGSEGV
for i in 3..10: read(p + i * PAGE) == 'x'
for i in 3..10: write(p + i * PAGE, 1, 'x') == 0
madvise(p, 10 * PAGE, MADV_GUARD_REMOVE) == 0
for i in 0..10: write(p + i * PAGE, PAGE, 'x') == 0
# remove again: idempotent, and it never zaps data
madvise(p, 10 * PAGE, MADV_GUARD_REMOVE) == 0
read(p, 10 * PAGE) == 'x'
