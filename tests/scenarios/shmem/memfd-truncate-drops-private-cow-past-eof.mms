# ftruncate of a memfd drops the anonymous COW copies of MAP_PRIVATE mappings past the new end (SIGBUS, then 0 after a regrow) and keeps those before it.
require files
require !soft_dirty
require root
m = memfd_create("m", 0)
pwrite(m, 'm', 8 * PAGE, 0) == 8 * PAGE
r = mmap(NULL, 64 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + 16 * PAGE) & ~(16 * PAGE - 1)
p = mmap(a, 8 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_FIXED, m, 0)
write(p + PAGE, PAGE, 'p')
write(p + 6 * PAGE, PAGE, 'q')
f = frame(p + PAGE)
ftruncate(m, 4 * PAGE) == 0
pagemap(p + 6 * PAGE) == 0
read(p + 6 * PAGE) == SIGBUS
frame(p + PAGE) == f
read(p + PAGE, PAGE) == 'p'
smaps(p, "Anonymous") == PAGE
ftruncate(m, 8 * PAGE) == 0
read(p + 6 * PAGE, PAGE) == 0
