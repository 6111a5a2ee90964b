# In a MAP_PRIVATE mapping of a sparse file a hole first maps the zeroed page-cache page (PM_FILE); the first store replaces it with an anonymous copy; the file stays a hole.
require files
require !soft_dirty
require root
fd = open("data", O_RDWR | O_CREAT, 0600)
ftruncate(fd, PAGE)
r = mmap(NULL, 64 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + 16 * PAGE) & ~(16 * PAGE - 1)
p = mmap(a, PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_FIXED, fd, 0)
read(p) == 0
pagemap(p) == PM_PRESENT | PM_FILE | PM_MMAP_EXCLUSIVE
f = frame(p)
write(p, 1, 'p')
pagemap(p) == PM_PRESENT | PM_MMAP_EXCLUSIVE
frame(p) != f
read(p + 1, PAGE - 1) == 0
pread(fd, PAGE, 0) == 0
