# After fork a MAP_SHARED file mapping is still shared: the child's store is read by the parent and the parent's by the child, through one page-cache frame.
require files
require root
fd = open("data", O_RDWR | O_CREAT, 0600)
pwrite(fd, 'd', PAGE, 0) == PAGE
r = mmap(NULL, 64 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + 16 * PAGE) & ~(16 * PAGE - 1)
s = mmap(a, PAGE, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_FIXED, fd, 0)
read(s) == 'd'
f = frame(s)
c = fork()
@c write(s, 1, 'c')
read(s) == 'c'
write(s + 1, 1, 'p')
@c read(s + 1) == 'p'
@c frame(s) == f
frame(s) == f
pread(fd, 2, 0) == MIXED
@c exit()
read(s) == 'c'
