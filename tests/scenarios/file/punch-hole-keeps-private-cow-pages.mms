# A hole punched under a MAP_PRIVATE mapping keeps its anonymous COW copies (same frame, same bytes) but unmaps the file pages it maps there, which then read 0.
require files
require !soft_dirty
require root
fd = open("data", O_RDWR | O_CREAT, 0600)
for i in 0..8: pwrite(fd, 'd', PAGE, i * PAGE) == PAGE
r = mmap(NULL, 64 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + 16 * PAGE) & ~(16 * PAGE - 1)
p = mmap(a, 8 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_FIXED, fd, 0)
read(p) == 'd'
write(p + 2 * PAGE, PAGE, 'p')
f = frame(p + 2 * PAGE)
fallocate(fd, FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE, 2 * PAGE, 2 * PAGE) == 0
frame(p + 2 * PAGE) == f
read(p + 2 * PAGE, PAGE) == 'p'
pagemap(p + 2 * PAGE) == PM_PRESENT | PM_MMAP_EXCLUSIVE
pagemap(p + 3 * PAGE) == 0
read(p + 3 * PAGE, PAGE) == 0
smaps(p, "Anonymous") == PAGE
