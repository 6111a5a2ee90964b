# guard-regions selftest map_private, a memfd (shmem) mapped MAP_SHARED: guard markers belong to one mapping: a shared and a MAP_PRIVATE mapping of the same file guard independently, and install discards the private mapping's copy-on-write copies
require files
fd = memfd_create("guard", 0)
ftruncate(fd, 100 * PAGE)
s = mmap(NULL, 10 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0)
q = mmap(NULL, 10 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, 0)
for i in 0..10: write(s + i * PAGE, PAGE, 'a' + i)
for i in 0..10: read(s + i * PAGE, PAGE) == 'a' + i
for i in 0..10: read(q + i * PAGE, PAGE) == 'a' + i
# guard the shared mapping's even pages: the private one is unaffected
for i in 0..5: madvise(s + 2 * i * PAGE, PAGE, MADV_GUARD_INSTALL) == 0
for i in 0..5: read(s + 2 * i * PAGE) == SIGSEGV
read(q) == 'a'
read(q + PAGE) == 'b'
read(q + 2 * PAGE) == 'c'
read(q + 3 * PAGE) == 'd'
read(q + 4 * PAGE) == 'e'
read(q + 5 * PAGE) == 'f'
read(q + 6 * PAGE) == 'g'
read(q + 7 * PAGE) == 'h'
read(q + 8 * PAGE) == 'i'
read(q + 9 * PAGE) == 'j'
# and the private one's
for i in 0..5: madvise(q + 2 * i * PAGE, PAGE, MADV_GUARD_INSTALL) == 0
for i in 0..5: read(s + 2 * i * PAGE) == SIGSEGV
for i in 0..5: read(q + 2 * i * PAGE) == SIGSEGV
madvise(s, 10 * PAGE, MADV_GUARD_REMOVE) == 0
read(s) == 'a'
read(s + PAGE) == 'b'
read(s + 2 * PAGE) == 'c'
read(s + 3 * PAGE) == 'd'
read(s + 4 * PAGE) == 'e'
read(s + 5 * PAGE) == 'f'
read(s + 6 * PAGE) == 'g'
read(s + 7 * PAGE) == 'h'
read(s + 8 * PAGE) == 'i'
read(s + 9 * PAGE) == 'j'
for i in 0..5: read(q + 2 * i * PAGE) == SIGSEGV
madvise(q, 10 * PAGE, MADV_GUARD_REMOVE) == 0
for i in 0..10: read(s + i * PAGE, PAGE) == 'a' + i
for i in 0..10: read(q + i * PAGE, PAGE) == 'a' + i
# copy-on-write copies of the private even pages
for i in 0..5: write(q + 2 * i * PAGE, PAGE, 'A' + 2 * i)
for i in 0..5: read(q + 2 * i * PAGE, PAGE) == 'A' + 2 * i
for i in 0..10: read(s + i * PAGE, PAGE) == 'a' + i
madvise(q, 5 * PAGE, MADV_GUARD_INSTALL) == 0
for i in 0..5: read(q + i * PAGE) == SIGSEGV
read(q + 5 * PAGE) == 'f'
read(q + 6 * PAGE) == 'G'
read(q + 7 * PAGE) == 'h'
read(q + 8 * PAGE) == 'I'
read(q + 9 * PAGE) == 'j'
read(s) == 'a'
read(s + PAGE) == 'b'
read(s + 2 * PAGE) == 'c'
read(s + 3 * PAGE) == 'd'
read(s + 4 * PAGE) == 'e'
read(s + 5 * PAGE) == 'f'
read(s + 6 * PAGE) == 'g'
read(s + 7 * PAGE) == 'h'
read(s + 8 * PAGE) == 'i'
read(s + 9 * PAGE) == 'j'
madvise(q, 5 * PAGE, MADV_GUARD_REMOVE) == 0
# install zapped the copies of pages 0-4: the file shows through again
for i in 0..5: read(q + i * PAGE, PAGE) == 'a' + i
read(q + 5 * PAGE, PAGE) == 'f'
read(q + 6 * PAGE, PAGE) == 'G'
read(q + 7 * PAGE, PAGE) == 'h'
read(q + 8 * PAGE, PAGE) == 'I'
read(q + 9 * PAGE, PAGE) == 'j'
for i in 0..10: read(s + i * PAGE, PAGE) == 'a' + i
