# When fault-around maps a whole large folio it still skips entries that are not empty: a guard page inside the folio stays a guard, all other 15 pages are mapped.
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
p = mmap(a + 8 * PAGE, 56 * PAGE, PROT_READ, MAP_SHARED | MAP_FIXED, fd, 0)
madvise(p + 3 * PAGE, PAGE, MADV_GUARD_INSTALL) == 0
read(p + 9 * PAGE) == 'x'
pagemap(p + 3 * PAGE) == PM_SWAP | PM_GUARD_REGION
for i in 0..3: pagemap(p + i * PAGE) == PM_PRESENT | PM_FILE | PM_MMAP_EXCLUSIVE
for i in 4..32: pagemap(p + i * PAGE) == PM_PRESENT | PM_FILE | PM_MMAP_EXCLUSIVE
smaps(p, "Rss") == 31 * PAGE
read(p + 3 * PAGE) == SIGSEGV
