# In a MAP_PRIVATE file mapping fault-around maps the cached pages around a read fault but leaves an already COW'd anonymous page in place, with its own bytes.
require files
require fault_around_bytes >= 65536
require !soft_dirty
require root
fd = open("data", O_RDWR | O_CREAT, 0600)
for i in 0..16: pwrite(fd, 'd', PAGE, i * PAGE) == PAGE
r = mmap(NULL, 64 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + 16 * PAGE) & ~(16 * PAGE - 1)
p = mmap(a, 16 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_FIXED, fd, 0)
write(p + 3 * PAGE, PAGE, 'p')
f = frame(p + 3 * PAGE)
smaps(p, "Rss") == PAGE
read(p + 5 * PAGE) == 'd'
pagemap(p + 3 * PAGE) == PM_PRESENT | PM_MMAP_EXCLUSIVE
frame(p + 3 * PAGE) == f
read(p + 3 * PAGE, PAGE) == 'p'
for i in 0..3: pagemap(p + i * PAGE) == PM_PRESENT | PM_FILE | PM_MMAP_EXCLUSIVE
for i in 4..16: pagemap(p + i * PAGE) == PM_PRESENT | PM_FILE | PM_MMAP_EXCLUSIVE
smaps(p, "Rss") == 16 * PAGE
smaps(p, "Anonymous") == PAGE
