# A write fault on a MAP_SHARED mapping of an order-4 folio maps the whole folio (16 pages) with that one fault, though a write fault does no fault-around; order-0 pages map one by one.
require files
require !soft_dirty
require scratch_fs == ext4
fd = open("data", O_RDWR | O_CREAT, 0600)
pwrite(fd, 'x', 16 * PAGE, 0) == 16 * PAGE
for i in 16..32: pwrite(fd, 'y', PAGE, i * PAGE) == PAGE
r = mmap(NULL, 64 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + 16 * PAGE) & ~(16 * PAGE - 1)
s = mmap(a, 32 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_FIXED, fd, 0)
write(s + 5 * PAGE, 1, 'w')
for i in 0..16: pagemap(s + i * PAGE) == PM_PRESENT | PM_FILE | PM_MMAP_EXCLUSIVE
smaps(s, "Rss") == 16 * PAGE
write(s + 21 * PAGE, 1, 'w')
pagemap(s + 21 * PAGE) == PM_PRESENT | PM_FILE | PM_MMAP_EXCLUSIVE
pagemap(s + 20 * PAGE) == 0
pagemap(s + 22 * PAGE) == 0
smaps(s, "Rss") == 17 * PAGE
pread(fd, 1, 5 * PAGE) == 'w'
