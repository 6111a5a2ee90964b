# A large folio reaching past the end of file (ftruncate into a dirty order-4 folio) is never mapped whole: in a fresh page table the first read fault maps the faulting page only; the next fault maps the pages up to the end.
require files
require fault_around_bytes >= 65536
require !soft_dirty
require scratch_fs == ext4
fd = open("data", O_RDWR | O_CREAT, 0600)
pwrite(fd, 'x', 16 * PAGE, 0) == 16 * PAGE
ftruncate(fd, 10 * PAGE) == 0
r = mmap(NULL, 2 * PMD_SIZE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + PMD_SIZE - 1) & ~(PMD_SIZE - 1)
p = mmap(a, 16 * PAGE, PROT_READ, MAP_SHARED | MAP_FIXED, fd, 0)
read(p + 3 * PAGE) == 'x'
pagemap(p + 3 * PAGE) == PM_PRESENT | PM_FILE | PM_MMAP_EXCLUSIVE
smaps(p, "Rss") == PAGE
read(p + 4 * PAGE) == 'x'
for i in 0..10: pagemap(p + i * PAGE) == PM_PRESENT | PM_FILE | PM_MMAP_EXCLUSIVE
for i in 10..16: pagemap(p + i * PAGE) == 0
smaps(p, "Rss") == 10 * PAGE
read(p + 10 * PAGE) == SIGBUS
