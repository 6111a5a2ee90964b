# Quirk of 6.18: when the first folio of the fault-around window is a large folio holding the last page of the file and the page table does not exist yet, fault-around maps nothing; the fault maps the whole folio if it fits the VMA, else the faulting page only.
require files
require fault_around_bytes >= 32768
require !soft_dirty
require scratch_fs == ext4
fd = open("data", O_RDWR | O_CREAT, 0600)
# 16 pages: one order-4 folio that ends at the end of file
pwrite(fd, 'x', 16 * PAGE, 0) == 16 * PAGE
# a fresh 2 MiB-aligned carve-out: its page table is allocated by the first fault inside it
r = mmap(NULL, 4 * PMD_SIZE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + PMD_SIZE - 1) & ~(PMD_SIZE - 1)
# the VMA holds file pages 4-11 only: the folio does not fit, one page is mapped
p = mmap(a, 8 * PAGE, PROT_READ, MAP_SHARED | MAP_FIXED, fd, 4 * PAGE)
read(p + 2 * PAGE) == 'x'
pagemap(p + 2 * PAGE) == PM_PRESENT | PM_FILE | PM_MMAP_EXCLUSIVE
for i in 0..2: pagemap(p + i * PAGE) == 0
for i in 3..8: pagemap(p + i * PAGE) == 0
smaps(p, "Rss") == PAGE
# now the page table exists: the next fault's fault-around maps the window part of the folio
read(p + 5 * PAGE) == 'x'
for i in 0..8: pagemap(p + i * PAGE) == PM_PRESENT | PM_FILE | PM_MMAP_EXCLUSIVE
smaps(p, "Rss") == 8 * PAGE
# in another fresh page table, a VMA that holds the whole folio: the fault maps all 16 pages
q = mmap(a + PMD_SIZE, 16 * PAGE, PROT_READ, MAP_SHARED | MAP_FIXED, fd, 0)
read(q + 2 * PAGE) == 'x'
# file pages 4-11 are mapped by p too
for i in 0..4: pagemap(q + i * PAGE) == PM_PRESENT | PM_FILE | PM_MMAP_EXCLUSIVE
for i in 4..12: pagemap(q + i * PAGE) == PM_PRESENT | PM_FILE
for i in 12..16: pagemap(q + i * PAGE) == PM_PRESENT | PM_FILE | PM_MMAP_EXCLUSIVE
smaps(q, "Rss") == 16 * PAGE
