# Fault-around maps every large folio that meets its window in full, beyond the window: with order-4 folios placed 8 pages off the 64 KiB grid, one fault maps two whole folios, 32 pages.
require files
require fault_around_bytes >= 65536
require fault_around_bytes <= 131072
require !soft_dirty
require scratch_fs == ext4
fd = open("data", O_RDWR | O_CREAT, 0600)
pwrite(fd, 'x', 64 * PAGE, 0) == 64 * PAGE
# a carve-out aligned on a page table (2 MiB): no folio crosses a page-table boundary
r = mmap(NULL, 2 * PMD_SIZE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + PMD_SIZE - 1) & ~(PMD_SIZE - 1)
# file page 0 at a + 8 pages: folio [0, 16) covers a+8..a+24, folio [16, 32) covers a+24..a+40
p = mmap(a + 8 * PAGE, 56 * PAGE, PROT_READ, MAP_SHARED | MAP_FIXED, fd, 0)
# the fault at a + 17 pages has the window [a + 16, a + 32): file pages 8 to 23
read(p + 9 * PAGE) == 'x'
for i in 0..32: pagemap(p + i * PAGE) == PM_PRESENT | PM_FILE | PM_MMAP_EXCLUSIVE
for i in 32..56: pagemap(p + i * PAGE) == 0
smaps(p, "Rss") == 32 * PAGE
