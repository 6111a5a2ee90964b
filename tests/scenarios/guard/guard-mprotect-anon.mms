# guard-regions selftest mprotect, private anonymous memory: mprotect leaves guard markers alone: a guard made read-only still faults on read, installing again is idempotent
p = mmap(NULL, 10 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
madvise(p + 5 * PAGE, 2 * PAGE, MADV_GUARD_INSTALL) == 0
for i in 5..7: read(p + i * PAGE) == SIGSEGV
for i in 5..7: write(p + i * PAGE, 1, 'x') == SIGSEGV
mprotect(p + 5 * PAGE, 2 * PAGE, PROT_READ) == 0
for i in 5..7: read(p + i * PAGE) == SIGSEGV
madvise(p + 5 * PAGE, 2 * PAGE, MADV_GUARD_INSTALL) == 0
for i in 5..7: read(p + i * PAGE) == SIGSEGV
madvise(p, 10 * PAGE, MADV_GUARD_REMOVE) == 0
for i in 0..10: read(p + i * PAGE) == 0
write(p + 5 * PAGE, 1, 'x') == SIGSEGV
write(p + 4 * PAGE, 1, 'x') == 0
