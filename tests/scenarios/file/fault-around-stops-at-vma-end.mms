# Fault-around never maps beyond the VMA: a 6-page mapping of a cached 16-page file maps its 6 pages, and a neighbouring mapping of the rest of the file stays unmapped.
require files
require fault_around_bytes >= 65536
require !soft_dirty
fd = open("data", O_RDWR | O_CREAT, 0600)
for i in 0..16: pwrite(fd, 'd', PAGE, i * PAGE) == PAGE
r = mmap(NULL, 64 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + 16 * PAGE) & ~(16 * PAGE - 1)
p = mmap(a, 6 * PAGE, PROT_READ, MAP_SHARED | MAP_FIXED, fd, 0)
q = mmap(a + 6 * PAGE, 10 * PAGE, PROT_READ, MAP_PRIVATE | MAP_FIXED, fd, 6 * PAGE)
vma(p) == [p, p + 6 * PAGE)
read(p + 2 * PAGE) == 'd'
for i in 0..6: pagemap(p + i * PAGE) == PM_PRESENT | PM_FILE | PM_MMAP_EXCLUSIVE
for i in 0..10: pagemap(q + i * PAGE) == 0
smaps(p, "Rss") == 6 * PAGE
smaps(q, "Rss") == 0
# and the other way: a fault in q maps q's part of the window only
read(q + 9 * PAGE) == 'd'
smaps(q, "Rss") == 10 * PAGE
smaps(p, "Rss") == 6 * PAGE
