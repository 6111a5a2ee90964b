# Under MADV_SEQUENTIAL a read fault reads ahead forward only: a fault at page 2048 of a sparse 8192-page file caches pages [2048, 4096) and nothing before the fault.
require files
require fault_around_bytes == 65536
require read_ahead_kb == 8192
require !soft_dirty
require scratch_fs == ext4
fd = open("data", O_RDWR | O_CREAT, 0600)
ftruncate(fd, 8192 * PAGE)
r = mmap(NULL, 16384 * PAGE + 2 * PMD_SIZE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + PMD_SIZE - 1) & ~(PMD_SIZE - 1)
p = mmap(a, 8192 * PAGE, PROT_READ, MAP_SHARED | MAP_FIXED, fd, 0)
q = mmap(a + 8192 * PAGE, 8192 * PAGE, PROT_READ, MAP_SHARED | MAP_FIXED, fd, 0)
madvise(p, 8192 * PAGE, MADV_SEQUENTIAL) == 0
madvise(q, 8192 * PAGE, MADV_RANDOM) == 0
read(p + 2048 * PAGE) == 0
smaps(p, "Rss") == 16 * PAGE
read(q + 2032 * PAGE) == 0
pagemap(q + 2033 * PAGE) == 0
pagemap(q + 2047 * PAGE) == 0
read(q + 4080 * PAGE) == 0
pagemap(q + 4081 * PAGE) == PM_PRESENT | PM_FILE | PM_MMAP_EXCLUSIVE
pagemap(q + 4095 * PAGE) == PM_PRESENT | PM_FILE | PM_MMAP_EXCLUSIVE
read(q + 4096 * PAGE) == 0
pagemap(q + 4097 * PAGE) == 0
