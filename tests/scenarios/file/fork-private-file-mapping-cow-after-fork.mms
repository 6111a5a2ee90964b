# A MAP_PRIVATE file mapping after fork: the parent's COW copy is shared with the child until one writes (then each has its own), and the file pages stay the page cache's for both.
require files
require !soft_dirty
require root
fd = open("data", O_RDWR | O_CREAT, 0600)
for i in 0..2: pwrite(fd, 'd', PAGE, i * PAGE) == PAGE
r = mmap(NULL, 64 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + 16 * PAGE) & ~(16 * PAGE - 1)
p = mmap(a, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_FIXED, fd, 0)
write(p, 1, 'p')
read(p + PAGE) == 'd'
fa = frame(p)
ff = frame(p + PAGE)
c = fork()
@c frame(p) == fa
@c read(p) == 'p'
mapcount(p) == 2
pagemap(p) == PM_PRESENT
@c write(p, 1, 'c')
@c frame(p) != fa
read(p) == 'p'
@c write(p + PAGE, 1, 'c')
@c pagemap(p + PAGE) == PM_PRESENT | PM_MMAP_EXCLUSIVE
pagemap(p + PAGE) == PM_PRESENT | PM_FILE | PM_MMAP_EXCLUSIVE
frame(p + PAGE) == ff
read(p + PAGE) == 'd'
pread(fd, 2 * PAGE, 0) == 'd'
