# Whichever fault brings a file page in (a read fault, a write fault, pwrite), every MAP_SHARED and read-only MAP_PRIVATE mapping of it maps the one page-cache frame.
require files
require fault_around_bytes >= 16384
require root
fd = open("data", O_RDWR | O_CREAT, 0600)
ftruncate(fd, 3 * PAGE)
pwrite(fd, 'w', PAGE, 2 * PAGE) == PAGE
r = mmap(NULL, 64 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + 16 * PAGE) & ~(16 * PAGE - 1)
s = mmap(a, 3 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_FIXED, fd, 0)
t = mmap(a + 16 * PAGE, 3 * PAGE, PROT_READ, MAP_SHARED | MAP_FIXED, fd, 0)
p = mmap(a + 32 * PAGE, 3 * PAGE, PROT_READ, MAP_PRIVATE | MAP_FIXED, fd, 0)
read(s) == 0
write(s + PAGE, 1, 'x')
read(t, 3 * PAGE) == MIXED
read(p, 3 * PAGE) == MIXED
for i in 0..3: frame(t + i * PAGE) == frame(s + i * PAGE)
for i in 0..3: frame(p + i * PAGE) == frame(s + i * PAGE)
for i in 0..3: mapcount(s + i * PAGE) == 3
