# After MADV_PAGEOUT drops a synced file's pages, a read fault under MADV_RANDOM reads back the faulting page only: its neighbours stay out of the cache and unmapped.
require files
require fault_around_bytes >= 65536
require !soft_dirty
require scratch_fs == ext4
fd = open("data", O_RDWR | O_CREAT, 0600)
for i in 0..32: pwrite(fd, 'a' + i, PAGE, i * PAGE) == PAGE
fsync(fd) == 0
r = mmap(NULL, 128 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + 16 * PAGE) & ~(16 * PAGE - 1)
p = mmap(a, 32 * PAGE, PROT_READ, MAP_SHARED | MAP_FIXED, fd, 0)
read(p) == 'a'
read(p + 16 * PAGE) == 'a' + 16
smaps(p, "Rss") == 32 * PAGE
madvise(p, 32 * PAGE, MADV_PAGEOUT) == 0
smaps(p, "Rss") == 0
madvise(p, 32 * PAGE, MADV_RANDOM) == 0
read(p + 5 * PAGE) == 'f'
smaps(p, "Rss") == PAGE
q = mmap(a + 64 * PAGE, 32 * PAGE, PROT_READ, MAP_SHARED | MAP_FIXED, fd, 0)
madvise(q, 32 * PAGE, MADV_RANDOM) == 0
read(q + 4 * PAGE) == 'e'
pagemap(q + 5 * PAGE) == PM_PRESENT | PM_FILE
for i in 0..4: pagemap(q + i * PAGE) == 0
for i in 6..32: pagemap(q + i * PAGE) == 0
