# MADV_COLD on file mappings only deactivates: clean and dirty shared pages, private file pages and COW'd anonymous pages all stay mapped with their frames and data.
require files
require fault_around_bytes >= 65536
require !soft_dirty
require root
fd = open("data", O_RDWR | O_CREAT, 0600)
for i in 0..16: pwrite(fd, 'd', PAGE, i * PAGE) == PAGE
fsync(fd) == 0
r = mmap(NULL, 64 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + 16 * PAGE) & ~(16 * PAGE - 1)
s = mmap(a, 16 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_FIXED, fd, 0)
p = mmap(a + 16 * PAGE, 16 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_FIXED, fd, 0)
read(s) == 'd'
write(s + PAGE, 1, 'w')
read(p + 2 * PAGE) == 'd'
write(p + 3 * PAGE, 1, 'p')
f0 = frame(s)
f3 = frame(p + 3 * PAGE)
madvise(s, 16 * PAGE, MADV_COLD) == 0
madvise(p, 16 * PAGE, MADV_COLD) == 0
smaps(s, "Rss") == 16 * PAGE
smaps(p, "Rss") == 16 * PAGE
smaps(p, "Anonymous") == PAGE
frame(s) == f0
frame(p + 3 * PAGE) == f3
read(s + PAGE) == 'w'
read(p + 3 * PAGE) == 'p'
pagemap(p + 3 * PAGE) == PM_PRESENT | PM_MMAP_EXCLUSIVE
