# A large folio that does not fit inside the VMA is mapped only where the window and the VMA overlap: an 8-page mapping of pages 4-11 of an order-4 folio maps its 8 pages and nothing else.
require files
fd = open("data", O_RDWR | O_CREAT, 0600)
pwrite(fd, 'x', 16 * PAGE, 0) == 16 * PAGE
r = mmap(NULL, 64 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + 16 * PAGE) & ~(16 * PAGE - 1)
p = mmap(a, 8 * PAGE, PROT_READ, MAP_SHARED | MAP_FIXED, fd, 4 * PAGE)
read(p + 2 * PAGE) == 'x'
for i in 0..8: pagemap(p + i * PAGE) == PM_PRESENT | PM_FILE | PM_MMAP_EXCLUSIVE
smaps(p, "Rss") == 8 * PAGE
kpageflags(p) & KPF_COMPOUND_TAIL == KPF_COMPOUND_TAIL
# a mapping over the middle of a large folio at a misaligned address: the window part only
q = mmap(a + 20 * PAGE, 12 * PAGE, PROT_READ, MAP_SHARED | MAP_FIXED, fd, 2 * PAGE)
read(q) == 'x'
# file pages 4-11 are mapped by p as well, 2-3 and 12-13 by q alone
for i in 0..2: pagemap(q + i * PAGE) == PM_PRESENT | PM_FILE | PM_MMAP_EXCLUSIVE
for i in 2..10: pagemap(q + i * PAGE) == PM_PRESENT | PM_FILE
for i in 10..12: pagemap(q + i * PAGE) == PM_PRESENT | PM_FILE | PM_MMAP_EXCLUSIVE
smaps(q, "Rss") == 12 * PAGE
