# A read fault on a MAP_SHARED file mapping maps the page-cache page itself: PM_FILE, not anonymous, mapped once, the frame a second mapping of the file also maps.
require files
require !soft_dirty
require root
fd = open("data", O_RDWR | O_CREAT, 0600)
pwrite(fd, 'd', PAGE, 0) == PAGE
r = mmap(NULL, 64 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + 16 * PAGE) & ~(16 * PAGE - 1)
s = mmap(a, PAGE, PROT_READ, MAP_SHARED | MAP_FIXED, fd, 0)
pagemap(s) == 0
read(s) == 'd'
pagemap(s) == PM_PRESENT | PM_FILE | PM_MMAP_EXCLUSIVE
kpageflags(s) & (KPF_ANON | KPF_MMAP | KPF_UPTODATE | KPF_ZERO_PAGE) == KPF_MMAP | KPF_UPTODATE
mapcount(s) == 1
t = mmap(a + 16 * PAGE, PAGE, PROT_READ, MAP_SHARED | MAP_FIXED, fd, 0)
read(t) == 'd'
frame(t) == frame(s)
