# Without swap (the machines here have none), MADV_PAGEOUT cannot reclaim the anonymous COW copy in a private file mapping: it stays mapped with its frame and data, while the clean file pages beside it are dropped.
require files
require fault_around_bytes >= 65536
require !soft_dirty
require root
fd = open("data", O_RDWR | O_CREAT, 0600)
for i in 0..16: pwrite(fd, 'd', PAGE, i * PAGE) == PAGE
fsync(fd) == 0
r = mmap(NULL, 64 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + 16 * PAGE) & ~(16 * PAGE - 1)
p = mmap(a, 16 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_FIXED, fd, 0)
read(p) == 'd'
write(p + 3 * PAGE, 1, 'p')
f = frame(p + 3 * PAGE)
smaps(p, "Rss") == 16 * PAGE
madvise(p, 16 * PAGE, MADV_PAGEOUT) == 0
smaps(p, "Rss") == PAGE
smaps(p, "Anonymous") == PAGE
frame(p + 3 * PAGE) == f
read(p + 3 * PAGE) == 'p'
pagemap(p) == 0
smaps(p, "Swap") == 0
