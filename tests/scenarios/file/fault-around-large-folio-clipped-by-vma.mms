# A large folio that does not fit inside the VMA is mapped only where the fault-around window and the VMA overlap: an 8-page mapping of pages 4-11 of an order-4 folio maps those 8 pages and nothing else.
require files
require fault_around_bytes >= 65536
require !soft_dirty
require root
require scratch_fs == ext4
fd = open("data", O_RDWR | O_CREAT, 0600)
# 32 pages: order-4 folios [0, 16) and [16, 32); the first one ends before the last page of the file
pwrite(fd, 'x', 32 * PAGE, 0) == 32 * PAGE
# a carve-out aligned on a page table (2 MiB): no folio crosses a page-table boundary
r = mmap(NULL, 2 * PMD_SIZE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + PMD_SIZE - 1) & ~(PMD_SIZE - 1)
p = mmap(a, 8 * PAGE, PROT_READ, MAP_SHARED | MAP_FIXED, fd, 4 * PAGE)
read(p + 2 * PAGE) == 'x'
for i in 0..8: pagemap(p + i * PAGE) == PM_PRESENT | PM_FILE | PM_MMAP_EXCLUSIVE
smaps(p, "Rss") == 8 * PAGE
kpageflags(p) & KPF_COMPOUND_TAIL == KPF_COMPOUND_TAIL
# a mapping of file pages 2-13 at a misaligned address: its window holds all 12
q = mmap(a + 20 * PAGE, 12 * PAGE, PROT_READ, MAP_SHARED | MAP_FIXED, fd, 2 * PAGE)
read(q) == 'x'
# file pages 4-11 are mapped by p as well, 2-3 and 12-13 by q alone
for i in 0..2: pagemap(q + i * PAGE) == PM_PRESENT | PM_FILE | PM_MMAP_EXCLUSIVE
for i in 2..10: pagemap(q + i * PAGE) == PM_PRESENT | PM_FILE
for i in 10..12: pagemap(q + i * PAGE) == PM_PRESENT | PM_FILE | PM_MMAP_EXCLUSIVE
smaps(q, "Rss") == 12 * PAGE
