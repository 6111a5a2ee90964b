# ftruncate keeps the anonymous COW copies of a MAP_PRIVATE mapping before the new end (same frame, same bytes) while it unmaps the file pages past it.
require files
require fault_around_bytes >= 16384
require !soft_dirty
require root
fd = open("data", O_RDWR | O_CREAT, 0600)
for i in 0..8: pwrite(fd, 'd', PAGE, i * PAGE) == PAGE
r = mmap(NULL, 64 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + 16 * PAGE) & ~(16 * PAGE - 1)
p = mmap(a, 8 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_FIXED, fd, 0)
read(p) == 'd'
write(p + 2 * PAGE, PAGE, 'p')
f = frame(p + 2 * PAGE)
ftruncate(fd, 4 * PAGE) == 0
frame(p + 2 * PAGE) == f
pagemap(p + 2 * PAGE) == PM_PRESENT | PM_MMAP_EXCLUSIVE
read(p + 2 * PAGE, PAGE) == 'p'
pagemap(p + 3 * PAGE) == PM_PRESENT | PM_FILE | PM_MMAP_EXCLUSIVE
pagemap(p + 5 * PAGE) == 0
smaps(p, "Anonymous") == PAGE
smaps(p, "Rss") == 4 * PAGE
