# guard-regions selftest mlock, a file in the scratch directory mapped MAP_SHARED: install on an mlocked VMA fails with -EINVAL; remove works over locked VMAs
require files
fd = open("f", O_RDWR | O_CREAT, 0600)
ftruncate(fd, 100 * PAGE)
p = mmap(NULL, 10 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0)
write(p, 10 * PAGE, 'x')
mlock(p, 10 * PAGE) == 0
madvise(p, 10 * PAGE, MADV_GUARD_INSTALL) == -EINVAL
read(p, 10 * PAGE) == 'x'
munlock(p, 10 * PAGE) == 0
madvise(p, 5 * PAGE, MADV_GUARD_INSTALL) == 0
for i in 0..5: read(p + i * PAGE) == SIGSEGV
for i in 0..5: write(p + i * PAGE, 1, 'x') == SIGSEGV
read(p + 5 * PAGE, 5 * PAGE) == 'x'
mlock(p + 5 * PAGE, 5 * PAGE) == 0
vmflag(p + 5 * PAGE, "lo") == 1
madvise(p, 10 * PAGE, MADV_GUARD_REMOVE) == 0
read(p, 5 * PAGE) == 'x'
read(p + 5 * PAGE, 5 * PAGE) == 'x'
for i in 0..10: read(p + i * PAGE) == 'x'
for i in 0..10: write(p + i * PAGE, 1, 'x') == 0
