# guard-regions selftest populate, private anonymous memory: MADV_POPULATE_READ and MADV_POPULATE_WRITE over guard markers fail with -EFAULT
p = mmap(NULL, 10 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
madvise(p, 10 * PAGE, MADV_GUARD_INSTALL) == 0
madvise(p, 10 * PAGE, MADV_POPULATE_READ) == -EFAULT
madvise(p, 10 * PAGE, MADV_POPULATE_WRITE) == -EFAULT
for i in 0..10: read(p + i * PAGE) == SIGSEGV
