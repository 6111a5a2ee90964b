# open with O_TRUNC empties an existing file even when the open is O_RDONLY: shared and private mappings made before raise SIGBUS where the data was, pread reads nothing, and growing the file again reads zeroes through them.
require files
fd = open("data", O_RDWR | O_CREAT, 0600)
pwrite(fd, 'd', 4 * PAGE, 0) == 4 * PAGE
r = mmap(NULL, 64 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + 16 * PAGE) & ~(16 * PAGE - 1)
s = mmap(a, 4 * PAGE, PROT_READ, MAP_SHARED | MAP_FIXED, fd, 0)
p = mmap(a + 8 * PAGE, 4 * PAGE, PROT_READ, MAP_PRIVATE | MAP_FIXED, fd, 0)
read(s, 4 * PAGE) == 'd'
read(p, 4 * PAGE) == 'd'
t = open("data", O_RDONLY | O_TRUNC)
fcntl(t, F_GETFL, 0) == O_RDONLY | O_LARGEFILE
read(s) == SIGBUS
read(p + 3 * PAGE) == SIGBUS
pread(fd, 1, 0) == NONE
smaps(s, "Rss") == 0
ftruncate(fd, 2 * PAGE) == 0
read(s, 2 * PAGE) == 0
read(p, 2 * PAGE) == 0
read(s + 2 * PAGE) == SIGBUS
