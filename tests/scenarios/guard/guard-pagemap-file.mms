# guard-regions selftest pagemap, a file in the scratch directory mapped MAP_SHARED: /proc/self/pagemap shows PM_GUARD_REGION on exactly the guarded pages
require files
require !soft_dirty
fd = open("f", O_RDWR | O_CREAT, 0600)
ftruncate(fd, 100 * PAGE)
p = mmap(NULL, 10 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0)
for i in 0..10: pagemap(p + i * PAGE) & PM_GUARD_REGION == 0
for i in 0..5: madvise(p + 2 * i * PAGE, PAGE, MADV_GUARD_INSTALL) == 0
for i in 0..5: pagemap(p + 2 * i * PAGE) & PM_GUARD_REGION == PM_GUARD_REGION
for i in 0..5: pagemap(p + (2 * i + 1) * PAGE) & PM_GUARD_REGION == 0
for i in 0..5: pagemap(p + 2 * i * PAGE) == PM_SWAP | PM_GUARD_REGION
