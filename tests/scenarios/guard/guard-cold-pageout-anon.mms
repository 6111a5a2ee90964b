# guard-regions selftest cold_pageout, private anonymous memory: MADV_COLD and MADV_PAGEOUT keep guard markers
p = mmap(NULL, 10 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
madvise(p, 10 * PAGE, MADV_GUARD_INSTALL) == 0
for i in 0..10: read(p + i * PAGE) == SIGSEGV
madvise(p, 10 * PAGE, MADV_COLD) == 0
for i in 0..10: read(p + i * PAGE) == SIGSEGV
madvise(p, 10 * PAGE, MADV_PAGEOUT) == 0
for i in 0..10: read(p + i * PAGE) == SIGSEGV
for i in 0..10: write(p + i * PAGE, 1, 'x') == SIGSEGV
