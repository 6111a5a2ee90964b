# A read fault on a MAP_PRIVATE file mapping maps the page-cache page, not a copy: PM_FILE set and the same frame as a MAP_SHARED mapping of the file, kpagecount 2.
require files
require !soft_dirty
require root
fd = open("data", O_RDWR | O_CREAT, 0600)
pwrite(fd, 'd', PAGE, 0) == PAGE
r = mmap(NULL, 64 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + 16 * PAGE) & ~(16 * PAGE - 1)
s = mmap(a, PAGE, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_FIXED, fd, 0)
p = mmap(a + 16 * PAGE, PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_FIXED, fd, 0)
read(p) == 'd'
pagemap(p) == PM_PRESENT | PM_FILE | PM_MMAP_EXCLUSIVE
kpageflags(p) & KPF_ANON == 0
read(s) == 'd'
frame(p) == frame(s)
mapcount(p) == 2
pagemap(p) == PM_PRESENT | PM_FILE
smaps(p, "Anonymous") == 0
smaps(p, "Shared_Clean") + smaps(p, "Shared_Dirty") == 4 * KiB
