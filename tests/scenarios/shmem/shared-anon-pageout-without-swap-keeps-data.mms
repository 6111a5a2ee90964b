# Without swap (the machines here have none), MADV_PAGEOUT on written MAP_SHARED | MAP_ANONYMOUS memory unmaps the pages but keeps them: the next faults find the same frames and data, smaps Swap stays 0.
require files
require root
r = mmap(NULL, 64 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + 16 * PAGE) & ~(16 * PAGE - 1)
s = mmap(a, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
write(s, 4 * PAGE, 's')
f = frame(s + 3 * PAGE)
madvise(s, 4 * PAGE, MADV_PAGEOUT) == 0
smaps(s, "Rss") == 0
smaps(s, "Swap") == 0
read(s, 4 * PAGE) == 's'
frame(s + 3 * PAGE) == f
smaps(s, "Rss") == 4 * PAGE
