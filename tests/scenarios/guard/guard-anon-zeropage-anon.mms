# guard-regions selftest anon_zeropage, private anonymous memory: guard regions are allowed in a read-only mapping; after remove every page reads zero
p = mmap(NULL, 10 * PAGE, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
for i in 0..5: madvise(p + 2 * i * PAGE, PAGE, MADV_GUARD_INSTALL) == 0
for i in 0..5: read(p + 2 * i * PAGE) == SIGSEGV
for i in 0..5: read(p + (2 * i + 1) * PAGE, PAGE) == 0
madvise(p, 10 * PAGE, MADV_GUARD_REMOVE) == 0
read(p, 10 * PAGE) == 0
