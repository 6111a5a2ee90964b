# The fault-around window is 16 pages starting at the 64 KiB-aligned virtual address below the fault, or at the VMA start if that is higher (the window then shifts up, it is not cut); the file offset plays no part.
require files
require fault_around_bytes == 65536
require !soft_dirty
fd = open("data", O_RDWR | O_CREAT, 0600)
for i in 0..48: pwrite(fd, 'd', PAGE, i * PAGE) == PAGE
# a carve-out aligned on a page table (2 MiB): a window shifted to the VMA start cannot cross a page-table end
r = mmap(NULL, 2 * PMD_SIZE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + PMD_SIZE - 1) & ~(PMD_SIZE - 1)
# the mapping starts 8 pages into a 64 KiB block: its first window is [p, p + 16 pages)
p = mmap(a + 8 * PAGE, 32 * PAGE, PROT_READ, MAP_SHARED | MAP_FIXED, fd, 0)
read(p + 2 * PAGE) == 'd'
for i in 0..16: pagemap(p + i * PAGE) == PM_PRESENT | PM_FILE | PM_MMAP_EXCLUSIVE
pagemap(p + 16 * PAGE) == 0
smaps(p, "Rss") == 16 * PAGE
# a fault at a + 24 pages: its window is the aligned block [a + 16, a + 32)
read(p + 16 * PAGE) == 'd'
for i in 16..24: pagemap(p + i * PAGE) == PM_PRESENT | PM_FILE | PM_MMAP_EXCLUSIVE
pagemap(p + 24 * PAGE) == 0
smaps(p, "Rss") == 24 * PAGE
# a mapping at an aligned address but at file offset 5 pages: its window holds file pages 5 to 20
q = mmap(a + 64 * PAGE, 32 * PAGE, PROT_READ, MAP_SHARED | MAP_FIXED, fd, 5 * PAGE)
read(q + 3 * PAGE) == 'd'
for i in 0..16: pagemap(q + i * PAGE) == PM_PRESENT | PM_FILE
pagemap(q + 16 * PAGE) == 0
smaps(q, "Rss") == 16 * PAGE
