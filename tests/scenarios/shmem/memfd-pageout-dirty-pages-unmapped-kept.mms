# Without swap (the machines here have none), MADV_PAGEOUT of dirty memfd pages only unmaps them (Rss 0, no Swap): they stay in the file with their frames and data, and fault-around maps them again.
require files
require fault_around_bytes >= 65536
require !soft_dirty
require root
m = memfd_create("m", 0)
ftruncate(m, 16 * PAGE)
for i in 0..8: pwrite(m, 'a' + i, PAGE, i * PAGE) == PAGE
r = mmap(NULL, 64 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + 16 * PAGE) & ~(16 * PAGE - 1)
s = mmap(a, 16 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_FIXED, m, 0)
read(s) == 'a'
write(s + 9 * PAGE, 1, 'w')
f5 = frame(s + 5 * PAGE)
f9 = frame(s + 9 * PAGE)
smaps(s, "Rss") == 9 * PAGE
madvise(s, 16 * PAGE, MADV_PAGEOUT) == 0
smaps(s, "Rss") == 0
smaps(s, "Swap") == 0
pagemap(s + 5 * PAGE) == 0
read(s + 2 * PAGE) == 'c'
smaps(s, "Rss") == 9 * PAGE
frame(s + 5 * PAGE) == f5
frame(s + 9 * PAGE) == f9
read(s + 9 * PAGE) == 'w'
