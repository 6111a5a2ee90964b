# With a 64 KiB-aligned mapping of order-4 folios a read fault maps exactly its folio (the window and the folio coincide); the next folio waits for its own fault.
require files
require fault_around_bytes <= 65536
require !soft_dirty
fd = open("data", O_RDWR | O_CREAT, 0600)
pwrite(fd, 'x', 32 * PAGE, 0) == 32 * PAGE
r = mmap(NULL, 64 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + 16 * PAGE) & ~(16 * PAGE - 1)
p = mmap(a, 32 * PAGE, PROT_READ, MAP_SHARED | MAP_FIXED, fd, 0)
read(p + 5 * PAGE) == 'x'
for i in 0..16: pagemap(p + i * PAGE) == PM_PRESENT | PM_FILE | PM_MMAP_EXCLUSIVE
for i in 16..32: pagemap(p + i * PAGE) == 0
smaps(p, "Rss") == 16 * PAGE
