# Read-around marks the page async_size (512 pages) before the end of its window for asynchronous readahead; fault-around skips that marked page, so a fault next to it leaves it unmapped until it is touched itself.
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
# read-around [1024, 3072); the marked page is 1024 + 2048 - 512 = 2560
read(p + 2048 * PAGE) == 0
read(q + 2561 * PAGE) == 0
pagemap(q + 2560 * PAGE) == 0
for i in 2561..2576: pagemap(q + i * PAGE) == PM_PRESENT | PM_FILE | PM_MMAP_EXCLUSIVE
smaps(q, "Rss") == 15 * PAGE
read(q + 2560 * PAGE) == 0
pagemap(q + 2560 * PAGE) == PM_PRESENT | PM_FILE | PM_MMAP_EXCLUSIVE
