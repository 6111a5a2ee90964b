# Read-around near the start of a file begins at page 0: a read fault at page 5 of a sparse 4096-page file caches pages [0, 2048).
require files
require fault_around_bytes == 65536
require read_ahead_kb == 8192
require !soft_dirty
require scratch_fs == ext4
fd = open("data", O_RDWR | O_CREAT, 0600)
ftruncate(fd, 4096 * PAGE)
r = mmap(NULL, 8192 * PAGE + 2 * PMD_SIZE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + PMD_SIZE - 1) & ~(PMD_SIZE - 1)
p = mmap(a, 4096 * PAGE, PROT_READ, MAP_SHARED | MAP_FIXED, fd, 0)
q = mmap(a + 4096 * PAGE, 4096 * PAGE, PROT_READ, MAP_SHARED | MAP_FIXED, fd, 0)
madvise(q, 4096 * PAGE, MADV_RANDOM) == 0
read(p + 5 * PAGE) == 0
smaps(p, "Rss") == 16 * PAGE
read(q + 2032 * PAGE) == 0
pagemap(q + 2033 * PAGE) == PM_PRESENT | PM_FILE | PM_MMAP_EXCLUSIVE
pagemap(q + 2047 * PAGE) == PM_PRESENT | PM_FILE | PM_MMAP_EXCLUSIVE
read(q + 2048 * PAGE) == 0
pagemap(q + 2049 * PAGE) == 0
pagemap(q + 2063 * PAGE) == 0
