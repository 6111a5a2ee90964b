# A write fault on a MAP_SHARED file mapping maps only the faulting page (order-0 page cache): no fault-around; a later read fault does map the window.
require files
require fault_around_bytes >= 65536
require !soft_dirty
fd = open("data", O_RDWR | O_CREAT, 0600)
for i in 0..16: pwrite(fd, 'd', PAGE, i * PAGE) == PAGE
r = mmap(NULL, 64 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + 16 * PAGE) & ~(16 * PAGE - 1)
s = mmap(a, 16 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_FIXED, fd, 0)
write(s + 5 * PAGE, 1, 'w')
pagemap(s + 5 * PAGE) == PM_PRESENT | PM_FILE | PM_MMAP_EXCLUSIVE
for i in 0..5: pagemap(s + i * PAGE) == 0
for i in 6..16: pagemap(s + i * PAGE) == 0
smaps(s, "Rss") == PAGE
read(s + 6 * PAGE) == 'd'
smaps(s, "Rss") == 16 * PAGE
