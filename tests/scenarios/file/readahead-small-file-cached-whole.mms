# A file shorter than the readahead window is cached whole by one read fault: after a fault at page 40 of a sparse 64-page file, a fault in any other 16-page window maps the whole window.
require files
require fault_around_bytes == 65536
require read_ahead_kb >= 512
require !soft_dirty
require scratch_fs == ext4
fd = open("data", O_RDWR | O_CREAT, 0600)
ftruncate(fd, 64 * PAGE)
r = mmap(NULL, 128 * PAGE + 2 * PMD_SIZE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + PMD_SIZE - 1) & ~(PMD_SIZE - 1)
p = mmap(a, 64 * PAGE, PROT_READ, MAP_PRIVATE | MAP_FIXED, fd, 0)
q = mmap(a + 64 * PAGE, 64 * PAGE, PROT_READ, MAP_SHARED | MAP_FIXED, fd, 0)
madvise(q, 64 * PAGE, MADV_RANDOM) == 0
read(p + 40 * PAGE) == 0
smaps(p, "Rss") == 16 * PAGE
for i in 0..4: read(q + 16 * i * PAGE) == 0
for i in 0..32: pagemap(q + i * PAGE) == PM_PRESENT | PM_FILE | PM_MMAP_EXCLUSIVE
# pages 32-47 are mapped by p's fault-around too
for i in 32..48: pagemap(q + i * PAGE) == PM_PRESENT | PM_FILE
for i in 48..64: pagemap(q + i * PAGE) == PM_PRESENT | PM_FILE | PM_MMAP_EXCLUSIVE
smaps(q, "Rss") == 64 * PAGE
