# Fault-around maps only pages already in the page cache: the holes of a sparse file that no one has read stay unmapped (pagemap 0) around a read of a cached page.
require files
require fault_around_bytes >= 65536
require !soft_dirty
fd = open("data", O_RDWR | O_CREAT, 0600)
ftruncate(fd, 16 * PAGE)
pwrite(fd, 'a', PAGE, 0) == PAGE
pwrite(fd, 'b', PAGE, 3 * PAGE) == PAGE
pwrite(fd, 'c', PAGE, 15 * PAGE) == PAGE
r = mmap(NULL, 64 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + 16 * PAGE) & ~(16 * PAGE - 1)
p = mmap(a, 16 * PAGE, PROT_READ, MAP_SHARED | MAP_FIXED, fd, 0)
read(p + 3 * PAGE) == 'b'
pagemap(p) == PM_PRESENT | PM_FILE | PM_MMAP_EXCLUSIVE
pagemap(p + 3 * PAGE) == PM_PRESENT | PM_FILE | PM_MMAP_EXCLUSIVE
pagemap(p + 15 * PAGE) == PM_PRESENT | PM_FILE | PM_MMAP_EXCLUSIVE
for i in 4..15: pagemap(p + i * PAGE) == 0
pagemap(p + PAGE) == 0
pagemap(p + 2 * PAGE) == 0
smaps(p, "Rss") == 3 * PAGE
