# MADV_PAGEOUT over a whole clean order-4 folio reclaims it as one: all 16 pages are unmapped and leave the page cache (a one-page read under MADV_RANDOM then finds none of the others).
require files
require fault_around_bytes <= 65536
require !soft_dirty
fd = open("data", O_RDWR | O_CREAT, 0600)
pwrite(fd, 'x', 32 * PAGE, 0) == 32 * PAGE
fsync(fd) == 0
r = mmap(NULL, 2 * PMD_SIZE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + PMD_SIZE - 1) & ~(PMD_SIZE - 1)
p = mmap(a, 32 * PAGE, PROT_READ, MAP_SHARED | MAP_FIXED, fd, 0)
q = mmap(a + 64 * PAGE, 32 * PAGE, PROT_READ, MAP_SHARED | MAP_FIXED, fd, 0)
madvise(q, 32 * PAGE, MADV_RANDOM) == 0
read(p + 16 * PAGE) == 'x'
smaps(p, "Rss") == 16 * PAGE
madvise(p + 16 * PAGE, 16 * PAGE, MADV_PAGEOUT) == 0
smaps(p, "Rss") == 0
read(q + 20 * PAGE) == 'x'
pagemap(q + 20 * PAGE) == PM_PRESENT | PM_FILE | PM_MMAP_EXCLUSIVE
for i in 16..20: pagemap(q + i * PAGE) == 0
for i in 21..32: pagemap(q + i * PAGE) == 0
smaps(q, "Rss") == PAGE
