# MADV_PAGEOUT of 2 pages inside a clean order-4 folio splits the folio into order-0 pages and unmaps all 16 of them, but reclaims none: they stay cached with their frames.
require files
require fault_around_bytes == 65536
require !soft_dirty
require root
require scratch_fs == ext4
fd = open("data", O_RDWR | O_CREAT, 0600)
pwrite(fd, 'x', 32 * PAGE, 0) == 32 * PAGE
fsync(fd) == 0
r = mmap(NULL, 2 * PMD_SIZE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + PMD_SIZE - 1) & ~(PMD_SIZE - 1)
p = mmap(a, 32 * PAGE, PROT_READ, MAP_SHARED | MAP_FIXED, fd, 0)
q = mmap(a + 64 * PAGE, 32 * PAGE, PROT_READ, MAP_SHARED | MAP_FIXED, fd, 0)
madvise(q, 32 * PAGE, MADV_RANDOM) == 0
read(p) == 'x'
f0 = frame(p)
f4 = frame(p + 4 * PAGE)
f15 = frame(p + 15 * PAGE)
madvise(p + 4 * PAGE, 2 * PAGE, MADV_PAGEOUT) == 0
for i in 0..16: pagemap(p + i * PAGE) == 0
smaps(p, "Rss") == 0
read(q + 3 * PAGE) == 'x'
for i in 0..16: pagemap(q + i * PAGE) == PM_PRESENT | PM_FILE | PM_MMAP_EXCLUSIVE
frame(q) == f0
frame(q + 4 * PAGE) == f4
frame(q + 15 * PAGE) == f15
for i in 0..16: kpageflags(q + i * PAGE) & (KPF_THP | KPF_COMPOUND_HEAD | KPF_COMPOUND_TAIL) == 0
