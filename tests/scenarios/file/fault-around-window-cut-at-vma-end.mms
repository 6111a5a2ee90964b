# Near the end of a VMA the fault-around window is cut, not shifted down: a fault in the last 4 pages of a 20-page mapping (64 KiB-aligned) maps only those 4.
require files
require fault_around_bytes >= 16384
require fault_around_bytes <= 65536
require !soft_dirty
fd = open("data", O_RDWR | O_CREAT, 0600)
for i in 0..20: pwrite(fd, 'd', PAGE, i * PAGE) == PAGE
r = mmap(NULL, 64 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + 16 * PAGE) & ~(16 * PAGE - 1)
p = mmap(a, 20 * PAGE, PROT_READ, MAP_SHARED | MAP_FIXED, fd, 0)
read(p + 18 * PAGE) == 'd'
for i in 0..16: pagemap(p + i * PAGE) == 0
for i in 16..20: pagemap(p + i * PAGE) == PM_PRESENT | PM_FILE | PM_MMAP_EXCLUSIVE
smaps(p, "Rss") == 4 * PAGE
