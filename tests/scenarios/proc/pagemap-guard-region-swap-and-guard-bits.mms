# A guard page (MADV_GUARD_INSTALL) reads exactly PM_SWAP | PM_GUARD_REGION: not present, no page behind it; after MADV_GUARD_REMOVE the entry is 0.
require !soft_dirty
r = mmap(NULL, 8 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 2 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
write(p, 4 * PAGE, 'a')
madvise(p + PAGE, PAGE, MADV_GUARD_INSTALL) == 0
pagemap(p + PAGE) == PM_SWAP | PM_GUARD_REGION
frame(p + PAGE) == NONE
mapcount(p + PAGE) == 0
kpageflags(p + PAGE) == 0
pagemap(p) == PM_PRESENT | PM_MMAP_EXCLUSIVE
pagemap(p + 2 * PAGE) == PM_PRESENT | PM_MMAP_EXCLUSIVE
# a guard on a page never faulted reads the same
madvise(p + 3 * PAGE, PAGE, MADV_DONTNEED) == 0
pagemap(p + 3 * PAGE) == 0
madvise(p + 3 * PAGE, PAGE, MADV_GUARD_INSTALL) == 0
pagemap(p + 3 * PAGE) == PM_SWAP | PM_GUARD_REGION
madvise(p, 4 * PAGE, MADV_GUARD_REMOVE) == 0
pagemap(p + PAGE) == 0
pagemap(p + 3 * PAGE) == 0
pagemap(p) == PM_PRESENT | PM_MMAP_EXCLUSIVE
