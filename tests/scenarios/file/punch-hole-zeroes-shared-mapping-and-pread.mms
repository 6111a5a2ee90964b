# fallocate(PUNCH_HOLE | KEEP_SIZE) unmaps the punched pages from shared mappings; they read 0 through the mapping and pread, the size is kept and the pages around keep their data.
require files
require fault_around_bytes >= 32768
require !soft_dirty
fd = open("data", O_RDWR | O_CREAT, 0600)
for i in 0..8: pwrite(fd, 'a' + i, PAGE, i * PAGE) == PAGE
r = mmap(NULL, 64 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + 16 * PAGE) & ~(16 * PAGE - 1)
s = mmap(a, 8 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_FIXED, fd, 0)
read(s) == 'a'
fallocate(fd, FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE, 2 * PAGE, 2 * PAGE) == 0
pagemap(s + 2 * PAGE) == 0
pagemap(s + 3 * PAGE) == 0
smaps(s, "Rss") == 6 * PAGE
read(s + 2 * PAGE, 2 * PAGE) == 0
pread(fd, 2 * PAGE, 2 * PAGE) == 0
read(s + PAGE, PAGE) == 'b'
read(s + 4 * PAGE, PAGE) == 'e'
pread(fd, 1, 8 * PAGE - 1) == 'h'
pread(fd, 1, 8 * PAGE) == NONE
