# Adjacent shared mappings of consecutive pages of one file do not merge when they come from two opens of it (two struct files), but do when made through one descriptor or a descriptor duplicated from it (the same struct file).
require files
g = open("data", O_RDWR | O_CREAT, 0600)
ftruncate(g, 8 * PAGE) == 0
h = open("data", O_RDWR)
k = fcntl(g, F_DUPFD, 0)
r = mmap(NULL, 64 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + 16 * PAGE) & ~(16 * PAGE - 1)
x = mmap(a, 2 * PAGE, PROT_READ, MAP_SHARED | MAP_FIXED, g, 0)
y = mmap(a + 2 * PAGE, 2 * PAGE, PROT_READ, MAP_SHARED | MAP_FIXED, h, 2 * PAGE)
vma(x) == [x, x + 2 * PAGE)
vma(y) == [y, y + 2 * PAGE)
z = mmap(a + 8 * PAGE, 2 * PAGE, PROT_READ, MAP_SHARED | MAP_FIXED, g, 0)
w = mmap(a + 10 * PAGE, 2 * PAGE, PROT_READ, MAP_SHARED | MAP_FIXED, g, 2 * PAGE)
v = mmap(a + 12 * PAGE, 2 * PAGE, PROT_READ, MAP_SHARED | MAP_FIXED, k, 4 * PAGE)
vma(z) == [z, z + 6 * PAGE)
