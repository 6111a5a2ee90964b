# MADV_WILLNEED on a file mapping reads the range into the page cache but maps nothing; it reads at most the readahead size, 2048 pages from the start of the range.
require files
require fault_around_bytes >= 65536
require read_ahead_kb == 8192
require !soft_dirty
require scratch_fs == ext4
fd = open("data", O_RDWR | O_CREAT, 0600)
ftruncate(fd, 8192 * PAGE)
r = mmap(NULL, 16384 * PAGE + 2 * PMD_SIZE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + PMD_SIZE - 1) & ~(PMD_SIZE - 1)
p = mmap(a, 8192 * PAGE, PROT_READ, MAP_SHARED | MAP_FIXED, fd, 0)
q = mmap(a + 8192 * PAGE, 8192 * PAGE, PROT_READ, MAP_SHARED | MAP_FIXED, fd, 0)
madvise(q, 8192 * PAGE, MADV_RANDOM) == 0
madvise(p + 100 * PAGE, 8000 * PAGE, MADV_WILLNEED) == 0
smaps(p, "Rss") == 0
pagemap(p + 100 * PAGE) == 0
read(q + 96 * PAGE) == 0
for i in 97..100: pagemap(q + i * PAGE) == 0
pagemap(q + 100 * PAGE) == PM_PRESENT | PM_FILE | PM_MMAP_EXCLUSIVE
pagemap(q + 111 * PAGE) == PM_PRESENT | PM_FILE | PM_MMAP_EXCLUSIVE
read(q + 2144 * PAGE) == 0
pagemap(q + 2147 * PAGE) == PM_PRESENT | PM_FILE | PM_MMAP_EXCLUSIVE
pagemap(q + 2148 * PAGE) == 0
pagemap(q + 2159 * PAGE) == 0
