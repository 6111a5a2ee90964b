# guard-regions selftest pagemap, private anonymous memory: /proc/self/pagemap shows PM_GUARD_REGION on exactly the guarded pages
require !soft_dirty
p = mmap(NULL, 10 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
for i in 0..10: pagemap(p + i * PAGE) & PM_GUARD_REGION == 0
for i in 0..5: madvise(p + 2 * i * PAGE, PAGE, MADV_GUARD_INSTALL) == 0
for i in 0..5: pagemap(p + 2 * i * PAGE) & PM_GUARD_REGION == PM_GUARD_REGION
for i in 0..5: pagemap(p + (2 * i + 1) * PAGE) & PM_GUARD_REGION == 0
for i in 0..5: pagemap(p + 2 * i * PAGE) == PM_SWAP | PM_GUARD_REGION
