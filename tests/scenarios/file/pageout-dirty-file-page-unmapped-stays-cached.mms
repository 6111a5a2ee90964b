# MADV_PAGEOUT of a dirty ext4 page (stored through the mapping, not synced) unmaps it but does not write it back or drop it: it stays in the page cache, dirty, same frame; fault-around skips it (it is marked for reclaim) until a fault on it.
require files
require fault_around_bytes >= 65536
require !soft_dirty
require root
fd = open("data", O_RDWR | O_CREAT, 0600)
for i in 0..16: pwrite(fd, 'a' + i, PAGE, i * PAGE) == PAGE
fsync(fd) == 0
r = mmap(NULL, 64 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + 16 * PAGE) & ~(16 * PAGE - 1)
p = mmap(a, 16 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_FIXED, fd, 0)
read(p + 4 * PAGE) == 'e'
write(p + 5 * PAGE, 1, 'Z')
f = frame(p + 5 * PAGE)
madvise(p + 5 * PAGE, PAGE, MADV_PAGEOUT) == 0
pagemap(p + 5 * PAGE) == 0
smaps(p, "Rss") == 15 * PAGE
q = mmap(a + 16 * PAGE, 16 * PAGE, PROT_READ, MAP_SHARED | MAP_FIXED, fd, 0)
read(q + 4 * PAGE) == 'e'
pagemap(q + 5 * PAGE) == 0
read(q + 5 * PAGE) == 'Z'
frame(q + 5 * PAGE) == f
kpageflags(q + 5 * PAGE) & KPF_DIRTY == KPF_DIRTY
pread(fd, 1, 5 * PAGE) == 'Z'
