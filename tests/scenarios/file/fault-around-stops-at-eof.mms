# Fault-around maps nothing past the end of file: in a 16-page mapping of a 10-page file, one read maps pages 0 to 9, and the pages after the end still raise SIGBUS.
require files
require fault_around_bytes >= 65536
require !soft_dirty
fd = open("data", O_RDWR | O_CREAT, 0600)
for i in 0..10: pwrite(fd, 'd', PAGE, i * PAGE) == PAGE
r = mmap(NULL, 64 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + 16 * PAGE) & ~(16 * PAGE - 1)
p = mmap(a, 16 * PAGE, PROT_READ, MAP_SHARED | MAP_FIXED, fd, 0)
read(p) == 'd'
for i in 0..10: pagemap(p + i * PAGE) == PM_PRESENT | PM_FILE | PM_MMAP_EXCLUSIVE
for i in 10..16: pagemap(p + i * PAGE) == 0
smaps(p, "Rss") == 10 * PAGE
read(p + 10 * PAGE) == SIGBUS
read(p + 15 * PAGE) == SIGBUS
