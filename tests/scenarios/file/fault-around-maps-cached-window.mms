# A read fault on a file mapping maps every cached page of its 16-page (64 KiB) fault-around window, aligned on the virtual address, with one fault; pages of the next window stay unmapped.
require files
require fault_around_bytes == 65536
require !soft_dirty
fd = open("data", O_RDWR | O_CREAT, 0600)
# page by page: order-0 page-cache folios
for i in 0..32: pwrite(fd, 'a' + i, PAGE, i * PAGE) == PAGE
r = mmap(NULL, 64 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + 16 * PAGE) & ~(16 * PAGE - 1)
p = mmap(a, 32 * PAGE, PROT_READ, MAP_SHARED | MAP_FIXED, fd, 0)
read(p + 5 * PAGE) == 'f'
for i in 0..16: pagemap(p + i * PAGE) == PM_PRESENT | PM_FILE | PM_MMAP_EXCLUSIVE
for i in 16..32: pagemap(p + i * PAGE) == 0
smaps(p, "Rss") == 16 * PAGE
read(p + 15 * PAGE) == 'p'
read(p + 31 * PAGE) == 'a' + 31
for i in 16..32: pagemap(p + i * PAGE) == PM_PRESENT | PM_FILE | PM_MMAP_EXCLUSIVE
smaps(p, "Rss") == 32 * PAGE
