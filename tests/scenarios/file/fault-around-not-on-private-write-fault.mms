# A write fault on a MAP_PRIVATE file mapping maps only its anonymous copy: no cached neighbour is mapped, not even the page-cache page it copied.
require files
require !soft_dirty
fd = open("data", O_RDWR | O_CREAT, 0600)
for i in 0..16: pwrite(fd, 'd', PAGE, i * PAGE) == PAGE
r = mmap(NULL, 64 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + 16 * PAGE) & ~(16 * PAGE - 1)
p = mmap(a, 16 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_FIXED, fd, 0)
write(p + 5 * PAGE, 1, 'p')
pagemap(p + 5 * PAGE) == PM_PRESENT | PM_MMAP_EXCLUSIVE
for i in 0..5: pagemap(p + i * PAGE) == 0
for i in 6..16: pagemap(p + i * PAGE) == 0
smaps(p, "Rss") == PAGE
smaps(p, "Anonymous") == PAGE
