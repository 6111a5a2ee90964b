# guard-regions selftest multi_vma, private anonymous memory: install and remove across VMAs with holes between them apply to every VMA and then fail with -ENOMEM; once the holes are filled with unmergeable VMAs, both succeed over all of it
r = mmap(NULL, 100 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = mmap(r, 10 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
m = mmap(r + 50 * PAGE, 5 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
z = mmap(r + 80 * PAGE, 20 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
munmap(r + 10 * PAGE, 40 * PAGE)
munmap(r + 55 * PAGE, 25 * PAGE)
madvise(r, 100 * PAGE, MADV_GUARD_INSTALL) == -ENOMEM
for i in 0..10: read(a + i * PAGE) == SIGSEGV
for i in 0..10: write(a + i * PAGE, 1, 'x') == SIGSEGV
for i in 0..5: read(m + i * PAGE) == SIGSEGV
for i in 0..5: write(m + i * PAGE, 1, 'x') == SIGSEGV
for i in 0..20: read(z + i * PAGE) == SIGSEGV
for i in 0..20: write(z + i * PAGE, 1, 'x') == SIGSEGV
vma(r + 10 * PAGE) == NONE
madvise(r, 100 * PAGE, MADV_GUARD_REMOVE) == -ENOMEM
for i in 0..10: read(a + i * PAGE) == 0
for i in 0..10: write(a + i * PAGE, 1, 'x') == 0
for i in 0..5: read(m + i * PAGE) == 0
for i in 0..5: write(m + i * PAGE, 1, 'x') == 0
for i in 0..20: read(z + i * PAGE) == 0
for i in 0..20: write(z + i * PAGE, 1, 'x') == 0
# executable VMAs in the holes: they cannot merge with the rest
g = mmap(r + 10 * PAGE, 40 * PAGE, PROT_READ | PROT_WRITE | PROT_EXEC, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
h = mmap(r + 55 * PAGE, 25 * PAGE, PROT_READ | PROT_WRITE | PROT_EXEC, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
madvise(r, 100 * PAGE, MADV_GUARD_INSTALL) == 0
for i in 0..100: read(r + i * PAGE) == SIGSEGV
for i in 0..100: write(r + i * PAGE, 1, 'x') == SIGSEGV
madvise(r, 100 * PAGE, MADV_GUARD_REMOVE) == 0
for i in 0..100: read(r + i * PAGE) == 0
for i in 0..100: write(r + i * PAGE, 1, 'x') == 0
