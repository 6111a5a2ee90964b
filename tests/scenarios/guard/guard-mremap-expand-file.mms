# guard-regions selftest mremap_expand, a file in the scratch directory mapped MAP_SHARED: guard markers stay put when mremap expands a mapping, in place and moved; the new part has none
require files
fd = open("f", O_RDWR | O_CREAT, 0600)
ftruncate(fd, 100 * PAGE)
r = mmap(NULL, 32 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r, 10 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_FIXED, fd, 0)
munmap(p + 5 * PAGE, 5 * PAGE)
madvise(p, PAGE, MADV_GUARD_INSTALL) == 0
madvise(p + 4 * PAGE, PAGE, MADV_GUARD_INSTALL) == 0
mremap(p, 5 * PAGE, 10 * PAGE, 0) == p
read(p) == SIGSEGV
write(p, 1, 'x') == SIGSEGV
for i in 1..4: read(p + i * PAGE) == 0
for i in 1..4: write(p + i * PAGE, 1, 'x') == 0
read(p + 4 * PAGE) == SIGSEGV
write(p + 4 * PAGE, 1, 'x') == SIGSEGV
for i in 5..10: read(p + i * PAGE) == 0
for i in 5..10: write(p + i * PAGE, 1, 'x') == 0
q = mremap(p, 10 * PAGE, 20 * PAGE, MREMAP_MAYMOVE | MREMAP_FIXED, r + 12 * PAGE) == r + 12 * PAGE
read(q) == SIGSEGV
write(q, 1, 'x') == SIGSEGV
for i in 1..4: read(q + i * PAGE) == 'x'
for i in 1..4: write(q + i * PAGE, 1, 'x') == 0
read(q + 4 * PAGE) == SIGSEGV
write(q + 4 * PAGE, 1, 'x') == SIGSEGV
for i in 5..10: read(q + i * PAGE) == 'x'
for i in 10..20: read(q + i * PAGE) == 0
for i in 5..20: write(q + i * PAGE, 1, 'x') == 0
