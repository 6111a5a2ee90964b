# A write fault on a MAP_SHARED file mapping writes the page-cache page in place: it stays PM_FILE and not anonymous, with the same frame, and pread sees the store.
require files
require !soft_dirty
require root
fd = open("data", O_RDWR | O_CREAT, 0600)
pwrite(fd, 'd', PAGE, 0) == PAGE
r = mmap(NULL, 64 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + 16 * PAGE) & ~(16 * PAGE - 1)
t = mmap(a + 16 * PAGE, PAGE, PROT_READ, MAP_SHARED | MAP_FIXED, fd, 0)
read(t) == 'd'
f = frame(t)
s = mmap(a, PAGE, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_FIXED, fd, 0)
write(s, 1, 'w')
frame(s) == f
pagemap(s) == PM_PRESENT | PM_FILE
kpageflags(s) & KPF_ANON == 0
read(t) == 'w'
pread(fd, 1, 0) == 'w'
smaps(s, "Anonymous") == 0
