# guard-regions selftest munmap, private anonymous memory: munmap drops the guard markers: a new mapping in their place is accessible
p = mmap(NULL, 10 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
madvise(p, PAGE, MADV_GUARD_INSTALL) == 0
madvise(p + 9 * PAGE, PAGE, MADV_GUARD_INSTALL) == 0
read(p) == SIGSEGV
write(p, 1, 'x') == SIGSEGV
read(p + 9 * PAGE) == SIGSEGV
write(p + 9 * PAGE, 1, 'x') == SIGSEGV
munmap(p, PAGE)
munmap(p + 9 * PAGE, PAGE)
pagemap(p) == 0
mmap(p, PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0) == p
mmap(p + 9 * PAGE, PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0) == p + 9 * PAGE
for i in 0..10: read(p + i * PAGE) == 0
for i in 0..10: write(p + i * PAGE, 1, 'x') == 0
