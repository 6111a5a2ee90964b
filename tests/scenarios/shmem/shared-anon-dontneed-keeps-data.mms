# MADV_DONTNEED on MAP_SHARED | MAP_ANONYMOUS only unmaps: the shmem pages stay, and the next fault maps the same frames with the data.
require files
require !soft_dirty
require root
r = mmap(NULL, 64 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + 16 * PAGE) & ~(16 * PAGE - 1)
s = mmap(a, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
write(s, 4 * PAGE, 's')
f = frame(s + 2 * PAGE)
madvise(s, 4 * PAGE, MADV_DONTNEED) == 0
smaps(s, "Rss") == 0
pagemap(s + 2 * PAGE) == 0
read(s + 2 * PAGE, PAGE) == 's'
frame(s + 2 * PAGE) == f
