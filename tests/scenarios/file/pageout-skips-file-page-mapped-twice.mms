# MADV_PAGEOUT leaves alone a file page that another mapping also maps (kpagecount 2): it stays mapped in both; once the other mapping is gone, the same advice drops it.
require files
require !soft_dirty
require root
fd = open("data", O_RDWR | O_CREAT, 0600)
pwrite(fd, 'd', PAGE, 0) == PAGE
fsync(fd) == 0
r = mmap(NULL, 64 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + 16 * PAGE) & ~(16 * PAGE - 1)
s = mmap(a, PAGE, PROT_READ, MAP_SHARED | MAP_FIXED, fd, 0)
t = mmap(a + 16 * PAGE, PAGE, PROT_READ, MAP_PRIVATE | MAP_FIXED, fd, 0)
read(s) == 'd'
read(t) == 'd'
mapcount(s) == 2
madvise(s, PAGE, MADV_PAGEOUT) == 0
pagemap(s) == PM_PRESENT | PM_FILE
pagemap(t) == PM_PRESENT | PM_FILE
munmap(t, PAGE)
madvise(s, PAGE, MADV_PAGEOUT) == 0
pagemap(s) == 0
read(s) == 'd'
