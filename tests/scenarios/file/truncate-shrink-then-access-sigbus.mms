# ftruncate to a smaller size unmaps the pages past the new end from every shared mapping: they read as not present and any access raises SIGBUS; pages before the end keep their data.
require files
require !soft_dirty
fd = open("data", O_RDWR | O_CREAT, 0600)
for i in 0..8: pwrite(fd, 'a' + i, PAGE, i * PAGE) == PAGE
r = mmap(NULL, 64 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + 16 * PAGE) & ~(16 * PAGE - 1)
s = mmap(a, 8 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_FIXED, fd, 0)
read(s, 8 * PAGE) == MIXED
smaps(s, "Rss") == 8 * PAGE
ftruncate(fd, 4 * PAGE) == 0
for i in 4..8: pagemap(s + i * PAGE) == 0
smaps(s, "Rss") == 4 * PAGE
read(s + 4 * PAGE) == SIGBUS
write(s + 7 * PAGE, 1, 'x') == SIGBUS
read(s + 3 * PAGE, PAGE) == 'd'
vma(s) == [s, s + 8 * PAGE)
