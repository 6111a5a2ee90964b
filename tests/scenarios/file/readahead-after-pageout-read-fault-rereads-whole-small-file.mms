# After MADV_PAGEOUT drops all pages of a synced 32-page file, one read fault (default advice) reads the whole file back into the page cache (read-around), as a MADV_RANDOM probe mapping then shows.
require files
require fault_around_bytes == 65536
require read_ahead_kb >= 256
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
madvise(p, 32 * PAGE, MADV_PAGEOUT) == 0
smaps(p, "Rss") == 0
read(p + 5 * PAGE) == 'f'
pagemap(p + 5 * PAGE) == PM_PRESENT | PM_FILE | PM_MMAP_EXCLUSIVE
# how many neighbours this fault maps depends on when the read I/O completes; the cache content does not
q = mmap(a + 64 * PAGE, 32 * PAGE, PROT_READ, MAP_SHARED | MAP_FIXED, fd, 0)
madvise(q, 32 * PAGE, MADV_RANDOM) == 0
read(q + 20 * PAGE) == 'a' + 20
for i in 16..32: pagemap(q + i * PAGE) == PM_PRESENT | PM_FILE | PM_MMAP_EXCLUSIVE
read(q + 31 * PAGE, PAGE) == 'a' + 31
