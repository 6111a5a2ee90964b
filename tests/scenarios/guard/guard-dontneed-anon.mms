# guard-regions selftest dontneed, private anonymous memory: MADV_DONTNEED keeps guard markers; the pages between them read zero (private anonymous memory) afterwards
p = mmap(NULL, 10 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
write(p, 10 * PAGE, 'y')
for i in 0..5: madvise(p + 2 * i * PAGE, PAGE, MADV_GUARD_INSTALL) == 0
madvise(p, 10 * PAGE, MADV_DONTNEED) == 0
for i in 0..5: read(p + 2 * i * PAGE) == SIGSEGV
for i in 0..5: read(p + (2 * i + 1) * PAGE, PAGE) == 0
for i in 0..5: write(p + 2 * i * PAGE, 1, 'x') == SIGSEGV
for i in 0..5: write(p + (2 * i + 1) * PAGE, 1, 'x') == 0
