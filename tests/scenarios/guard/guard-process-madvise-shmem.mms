# guard-regions selftest process_madvise, a memfd (shmem) mapped MAP_SHARED: process_madvise(PIDFD_SELF) installs and removes guards over several ranges in several VMAs and returns the bytes advised
require files
fd = memfd_create("guard", 0)
ftruncate(fd, 100 * PAGE)
r = mmap(NULL, 100 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = mmap(r + PAGE, 10 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_FIXED | MAP_POPULATE, fd, PAGE)
m = mmap(r + 50 * PAGE, 5 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_FIXED | MAP_POPULATE, fd, 50 * PAGE)
z = mmap(r + 79 * PAGE, 20 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_FIXED | MAP_POPULATE, fd, 79 * PAGE)
munmap(r, PAGE)
munmap(r + 11 * PAGE, 39 * PAGE)
munmap(r + 55 * PAGE, 24 * PAGE)
munmap(r + 99 * PAGE, PAGE)
process_madvise(PIDFD_SELF, {a, PAGE}, {a + 9 * PAGE, PAGE}, {m, PAGE}, {m + 4 * PAGE, PAGE}, {z, PAGE}, {z + 19 * PAGE, PAGE}, MADV_GUARD_INSTALL, 0) == 6 * PAGE
read(a) == SIGSEGV
write(a, 1, 'x') == SIGSEGV
for i in 1..9: read(a + i * PAGE) == 0
for i in 1..9: write(a + i * PAGE, 1, 'x') == 0
read(a + 9 * PAGE) == SIGSEGV
write(a + 9 * PAGE, 1, 'x') == SIGSEGV
read(m) == SIGSEGV
write(m, 1, 'x') == SIGSEGV
for i in 1..4: read(m + i * PAGE) == 0
for i in 1..4: write(m + i * PAGE, 1, 'x') == 0
read(m + 4 * PAGE) == SIGSEGV
write(m + 4 * PAGE, 1, 'x') == SIGSEGV
read(z) == SIGSEGV
write(z, 1, 'x') == SIGSEGV
for i in 1..19: read(z + i * PAGE) == 0
for i in 1..19: write(z + i * PAGE, 1, 'x') == 0
read(z + 19 * PAGE) == SIGSEGV
write(z + 19 * PAGE, 1, 'x') == SIGSEGV
process_madvise(PIDFD_SELF, {a, PAGE}, {a + 9 * PAGE, PAGE}, {m, PAGE}, {m + 4 * PAGE, PAGE}, {z, PAGE}, {z + 19 * PAGE, PAGE}, MADV_GUARD_REMOVE, 0) == 6 * PAGE
read(a) == 0
for i in 1..9: read(a + i * PAGE) == 'x'
read(a + 9 * PAGE) == 0
for i in 0..10: write(a + i * PAGE, 1, 'x') == 0
read(m) == 0
for i in 1..4: read(m + i * PAGE) == 'x'
read(m + 4 * PAGE) == 0
for i in 0..5: write(m + i * PAGE, 1, 'x') == 0
read(z) == 0
for i in 1..19: read(z + i * PAGE) == 'x'
read(z + 19 * PAGE) == 0
for i in 0..20: write(z + i * PAGE, 1, 'x') == 0
