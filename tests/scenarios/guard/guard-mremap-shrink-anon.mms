# guard-regions selftest mremap_shrink, private anonymous memory: mremap shrinking a mapping drops the guard markers of the part it cuts off; expanding again does not bring them back
r = mmap(NULL, 8 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r, 5 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
madvise(p, PAGE, MADV_GUARD_INSTALL) == 0
madvise(p + 4 * PAGE, PAGE, MADV_GUARD_INSTALL) == 0
mremap(p, 5 * PAGE, 3 * PAGE, MREMAP_MAYMOVE) == p
read(p) == SIGSEGV
write(p, 1, 'x') == SIGSEGV
for i in 1..3: read(p + i * PAGE) == 0
for i in 1..3: write(p + i * PAGE, 1, 'x') == 0
vma(p + 3 * PAGE) == NONE
mremap(p, 3 * PAGE, 5 * PAGE, 0) == p
read(p) == SIGSEGV
write(p, 1, 'x') == SIGSEGV
for i in 1..3: read(p + i * PAGE) == 'x'
for i in 3..5: read(p + i * PAGE) == 0
for i in 1..5: write(p + i * PAGE, 1, 'x') == 0
