# Fault-around fills only empty page-table entries: a guard marker (MADV_GUARD_INSTALL) inside the window stays a guard and still raises SIGSEGV, its neighbours are mapped.
require files
require fault_around_bytes >= 65536
require !soft_dirty
fd = open("data", O_RDWR | O_CREAT, 0600)
for i in 0..16: pwrite(fd, 'd', PAGE, i * PAGE) == PAGE
r = mmap(NULL, 64 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + 16 * PAGE) & ~(16 * PAGE - 1)
p = mmap(a, 16 * PAGE, PROT_READ, MAP_SHARED | MAP_FIXED, fd, 0)
madvise(p + 3 * PAGE, PAGE, MADV_GUARD_INSTALL) == 0
read(p + 5 * PAGE) == 'd'
pagemap(p + 3 * PAGE) == PM_SWAP | PM_GUARD_REGION
for i in 0..3: pagemap(p + i * PAGE) == PM_PRESENT | PM_FILE | PM_MMAP_EXCLUSIVE
for i in 4..16: pagemap(p + i * PAGE) == PM_PRESENT | PM_FILE | PM_MMAP_EXCLUSIVE
smaps(p, "Rss") == 15 * PAGE
read(p + 3 * PAGE) == SIGSEGV
madvise(p + 3 * PAGE, PAGE, MADV_GUARD_REMOVE) == 0
read(p + 3 * PAGE) == 'd'
