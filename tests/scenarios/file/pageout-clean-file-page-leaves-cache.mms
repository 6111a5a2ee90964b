# MADV_PAGEOUT of a clean (fsync'ed) ext4 page mapped only here drops it: its PTE goes, Rss drops by a page, and it leaves the page cache (another mapping's fault-around no longer finds it); the next fault reads it back from the file.
require files
require fault_around_bytes >= 65536
require !soft_dirty
require root
fd = open("data", O_RDWR | O_CREAT, 0600)
for i in 0..16: pwrite(fd, 'a' + i, PAGE, i * PAGE) == PAGE
fsync(fd) == 0
r = mmap(NULL, 64 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + 16 * PAGE) & ~(16 * PAGE - 1)
p = mmap(a, 16 * PAGE, PROT_READ, MAP_SHARED | MAP_FIXED, fd, 0)
read(p + 4 * PAGE) == 'e'
smaps(p, "Rss") == 16 * PAGE
madvise(p + 5 * PAGE, PAGE, MADV_PAGEOUT) == 0
pagemap(p + 5 * PAGE) == 0
frame(p + 5 * PAGE) == NONE
smaps(p, "Rss") == 15 * PAGE
pagemap(p + 4 * PAGE) == PM_PRESENT | PM_FILE | PM_MMAP_EXCLUSIVE
q = mmap(a + 16 * PAGE, 16 * PAGE, PROT_READ, MAP_SHARED | MAP_FIXED, fd, 0)
read(q + 4 * PAGE) == 'e'
pagemap(q + 5 * PAGE) == 0
smaps(q, "Rss") == 15 * PAGE
read(q + 5 * PAGE, PAGE) == 'f'
read(p + 5 * PAGE, PAGE) == 'f'
frame(p + 5 * PAGE) == frame(q + 5 * PAGE)
