# pwrite to a memfd writes the shmem page a shared mapping maps (same frame), and stores through the mapping are read by pread: one page, no copy.
require files
require root
m = memfd_create("m", 0)
ftruncate(m, PAGE)
r = mmap(NULL, 64 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + 16 * PAGE) & ~(16 * PAGE - 1)
s = mmap(a, PAGE, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_FIXED, m, 0)
write(s, PAGE, 's')
f = frame(s)
pwrite(m, 'p', 10, 5) == 10
read(s + 5, 10) == 'p'
read(s, 5) == 's'
frame(s) == f
write(s + 100, 1, 'x')
pread(m, 1, 100) == 'x'
