# Two MAP_SHARED mappings of one file map the same page-cache pages: a store through one is read through the other, and both map the same frame.
require files
require root
fd = open("data", O_RDWR | O_CREAT, 0600)
ftruncate(fd, 2 * PAGE)
r = mmap(NULL, 64 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + 16 * PAGE) & ~(16 * PAGE - 1)
s = mmap(a, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_FIXED, fd, 0)
t = mmap(a + 16 * PAGE, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_FIXED, fd, 0)
write(s, PAGE, 's')
read(t, PAGE) == 's'
frame(t) == frame(s)
write(t + PAGE, PAGE, 't')
read(s + PAGE, PAGE) == 't'
frame(s + PAGE) == frame(t + PAGE)
frame(s) != frame(s + PAGE)
# a second descriptor of the same file maps the same pages too
g = open("data", O_RDONLY)
u = mmap(a + 32 * PAGE, 2 * PAGE, PROT_READ, MAP_SHARED | MAP_FIXED, g, 0)
read(u, PAGE) == 's'
frame(u) == frame(s)
