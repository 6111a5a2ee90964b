# A memfd lives on while a mapping of it does: after close() of its only descriptor the shared mapping keeps reading and writing its pages.
require files
require root
m = memfd_create("m", 0)
pwrite(m, 'm', 2 * PAGE, 0) == 2 * PAGE
r = mmap(NULL, 64 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + 16 * PAGE) & ~(16 * PAGE - 1)
s = mmap(a, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_FIXED, m, 0)
t = mmap(a + 16 * PAGE, 2 * PAGE, PROT_READ, MAP_SHARED | MAP_FIXED, m, 0)
close(m) == 0
read(s, 2 * PAGE) == 'm'
write(s + PAGE, 1, 'w')
read(t + PAGE) == 'w'
frame(t + PAGE) == frame(s + PAGE)
