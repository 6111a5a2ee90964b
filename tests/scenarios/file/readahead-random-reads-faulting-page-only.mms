# Under MADV_RANDOM a read fault on an uncached page reads that one page and no more: nothing else of the file enters the cache, and fault-around finds nothing to map.
require files
require fault_around_bytes > 4096
require !soft_dirty
require scratch_fs == ext4
fd = open("data", O_RDWR | O_CREAT, 0600)
ftruncate(fd, 4096 * PAGE)
r = mmap(NULL, 8192 * PAGE + 2 * PMD_SIZE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + PMD_SIZE - 1) & ~(PMD_SIZE - 1)
p = mmap(a, 4096 * PAGE, PROT_READ, MAP_SHARED | MAP_FIXED, fd, 0)
q = mmap(a + 4096 * PAGE, 4096 * PAGE, PROT_READ, MAP_SHARED | MAP_FIXED, fd, 0)
madvise(p, 4096 * PAGE, MADV_RANDOM) == 0
madvise(q, 4096 * PAGE, MADV_RANDOM) == 0
read(p + 2048 * PAGE) == 0
smaps(p, "Rss") == PAGE
pagemap(p + 2049 * PAGE) == 0
read(q + 2049 * PAGE) == 0
pagemap(q + 2048 * PAGE) == PM_PRESENT | PM_FILE
pagemap(q + 2050 * PAGE) == 0
pagemap(q + 2063 * PAGE) == 0
smaps(q, "Rss") == 2 * PAGE
