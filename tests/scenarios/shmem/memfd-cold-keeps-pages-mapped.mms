# MADV_COLD on a memfd mapping changes nothing visible: clean and dirty shmem pages stay mapped with their frames.
require files
require !soft_dirty
require root
m = memfd_create("m", 0)
ftruncate(m, 4 * PAGE)
r = mmap(NULL, 64 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + 16 * PAGE) & ~(16 * PAGE - 1)
s = mmap(a, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_FIXED, m, 0)
read(s) == 0
write(s + PAGE, 1, 'w')
f0 = frame(s)
f1 = frame(s + PAGE)
madvise(s, 4 * PAGE, MADV_COLD) == 0
smaps(s, "Rss") == 2 * PAGE
frame(s) == f0
frame(s + PAGE) == f1
pagemap(s) == PM_PRESENT | PM_FILE | PM_MMAP_EXCLUSIVE
read(s + PAGE) == 'w'
