# guard-regions selftest split_merge, a memfd (shmem) mapped MAP_SHARED: guard markers survive VMA splits (munmap holes, mprotect) and merges; pages mapped anew into holes are not guarded
require files
fd = memfd_create("guard", 0)
ftruncate(fd, 100 * PAGE)
r = mmap(NULL, 12 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + PAGE, 10 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_FIXED, fd, 0)
madvise(p, 10 * PAGE, MADV_GUARD_INSTALL) == 0
for i in 0..10: read(p + i * PAGE) == SIGSEGV
for i in 0..10: write(p + i * PAGE, 1, 'x') == SIGSEGV
munmap(p + 2 * PAGE, PAGE)
munmap(p + 5 * PAGE, PAGE)
munmap(p + 8 * PAGE, PAGE)
for i in 0..2: read(p + i * PAGE) == SIGSEGV
for i in 0..2: write(p + i * PAGE, 1, 'x') == SIGSEGV
for i in 3..5: read(p + i * PAGE) == SIGSEGV
for i in 3..5: write(p + i * PAGE, 1, 'x') == SIGSEGV
for i in 6..8: read(p + i * PAGE) == SIGSEGV
for i in 6..8: write(p + i * PAGE, 1, 'x') == SIGSEGV
read(p + 9 * PAGE) == SIGSEGV
write(p + 9 * PAGE, 1, 'x') == SIGSEGV
mmap(p + 2 * PAGE, PAGE, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_FIXED, fd, 2 * PAGE) == p + 2 * PAGE
mmap(p + 5 * PAGE, PAGE, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_FIXED, fd, 5 * PAGE) == p + 5 * PAGE
mmap(p + 8 * PAGE, PAGE, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_FIXED, fd, 8 * PAGE) == p + 8 * PAGE
read(p + 2 * PAGE) == 0
write(p + 2 * PAGE, 1, 'x') == 0
read(p + 5 * PAGE) == 0
write(p + 5 * PAGE, 1, 'x') == 0
read(p + 8 * PAGE) == 0
write(p + 8 * PAGE, 1, 'x') == 0
for i in 0..2: read(p + i * PAGE) == SIGSEGV
for i in 0..2: write(p + i * PAGE, 1, 'x') == SIGSEGV
for i in 3..5: read(p + i * PAGE) == SIGSEGV
for i in 3..5: write(p + i * PAGE, 1, 'x') == SIGSEGV
for i in 6..8: read(p + i * PAGE) == SIGSEGV
for i in 6..8: write(p + i * PAGE, 1, 'x') == SIGSEGV
read(p + 9 * PAGE) == SIGSEGV
write(p + 9 * PAGE, 1, 'x') == SIGSEGV
# guard everything, then split into three VMAs by mprotect
madvise(p, 10 * PAGE, MADV_GUARD_INSTALL) == 0
for i in 0..10: read(p + i * PAGE) == SIGSEGV
for i in 0..10: write(p + i * PAGE, 1, 'x') == SIGSEGV
mprotect(p, 3 * PAGE, PROT_READ) == 0
mprotect(p + 7 * PAGE, 3 * PAGE, PROT_READ) == 0
vma(p) == [p, p + 3 * PAGE)
vma(p + 7 * PAGE) == [p + 7 * PAGE, p + 10 * PAGE)
for i in 0..10: read(p + i * PAGE) == SIGSEGV
# merge back
mprotect(p, 10 * PAGE, PROT_READ | PROT_WRITE) == 0
vma(p + 5 * PAGE) == [p, p + 10 * PAGE)
for i in 0..10: read(p + i * PAGE) == SIGSEGV
for i in 0..10: write(p + i * PAGE, 1, 'x') == SIGSEGV
# split again and remove every guard
mprotect(p, 3 * PAGE, PROT_READ) == 0
mprotect(p + 7 * PAGE, 3 * PAGE, PROT_READ) == 0
madvise(p, 10 * PAGE, MADV_GUARD_REMOVE) == 0
for i in 0..2: read(p + i * PAGE) == 0
read(p + 2 * PAGE) == 'x'
for i in 3..5: read(p + i * PAGE) == 0
read(p + 5 * PAGE) == 'x'
for i in 6..8: read(p + i * PAGE) == 0
read(p + 8 * PAGE) == 'x'
read(p + 9 * PAGE) == 0
mprotect(p, 10 * PAGE, PROT_READ | PROT_WRITE) == 0
for i in 0..2: read(p + i * PAGE) == 0
read(p + 2 * PAGE) == 'x'
for i in 3..5: read(p + i * PAGE) == 0
read(p + 5 * PAGE) == 'x'
for i in 6..8: read(p + i * PAGE) == 0
read(p + 8 * PAGE) == 'x'
read(p + 9 * PAGE) == 0
for i in 0..10: write(p + i * PAGE, 1, 'x') == 0
