# A large folio that straddles a page-table (2 MiB) boundary is never mapped whole by one fault: each fault maps the part of it in the faulting page table and window.
require files
require fault_around_bytes == 65536
require !soft_dirty
fd = open("data", O_RDWR | O_CREAT, 0600)
pwrite(fd, 'x', 32 * PAGE, 0) == 32 * PAGE
r = mmap(NULL, 3 * PMD_SIZE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
b = (r + PMD_SIZE) & ~(PMD_SIZE - 1)
# file pages 0-15 (one order-4 folio) cover b - 8 pages .. b + 8 pages
p = mmap(b - 8 * PAGE, 32 * PAGE, PROT_READ, MAP_SHARED | MAP_FIXED, fd, 0)
read(p + 2 * PAGE) == 'x'
for i in 0..8: pagemap(p + i * PAGE) == PM_PRESENT | PM_FILE | PM_MMAP_EXCLUSIVE
for i in 8..32: pagemap(p + i * PAGE) == 0
smaps(p, "Rss") == 8 * PAGE
# a fault on the other side: window [b, b + 16): the rest of folio 0 and the whole folio 1 inside it
read(p + 9 * PAGE) == 'x'
for i in 8..24: pagemap(p + i * PAGE) == PM_PRESENT | PM_FILE | PM_MMAP_EXCLUSIVE
for i in 24..32: pagemap(p + i * PAGE) == 0
smaps(p, "Rss") == 24 * PAGE
