# guard-regions selftest fault_around, a file in the scratch directory mapped MAP_SHARED: fault-around maps the pages around a faulting one but never over guard markers
require files
require !soft_dirty
fd = open("f", O_RDWR | O_CREAT, 0600)
ftruncate(fd, 100 * PAGE)
p = mmap(NULL, 10 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0)
for i in 0..10: write(p + i * PAGE, PAGE, 'a' + i)
madvise(p, 10 * PAGE, MADV_PAGEOUT) == 0
munmap(p, 10 * PAGE)
mmap(p, 10 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_FIXED, fd, 0) == p
for i in 0..5: madvise(p + 2 * i * PAGE, PAGE, MADV_GUARD_INSTALL) == 0
for i in 0..5: read(p + (2 * i + 1) * PAGE, PAGE) == 'a' + 2 * i + 1
for i in 0..5: read(p + 2 * i * PAGE) == SIGSEGV
for i in 0..5: pagemap(p + 2 * i * PAGE) == PM_SWAP | PM_GUARD_REGION
