# MADV_REMOVE on a shared writable file mapping punches a hole in the file: the range is unmapped and reads 0 through the mapping and pread; the file keeps its size.
require files
require fault_around_bytes >= 32768
require !soft_dirty
fd = open("data", O_RDWR | O_CREAT, 0600)
for i in 0..8: pwrite(fd, 'a' + i, PAGE, i * PAGE) == PAGE
r = mmap(NULL, 64 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + 16 * PAGE) & ~(16 * PAGE - 1)
s = mmap(a, 8 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_FIXED, fd, 0)
read(s) == 'a'
madvise(s + 2 * PAGE, 2 * PAGE, MADV_REMOVE) == 0
pagemap(s + 2 * PAGE) == 0
smaps(s, "Rss") == 6 * PAGE
read(s + 2 * PAGE, 2 * PAGE) == 0
pread(fd, 2 * PAGE, 2 * PAGE) == 0
pread(fd, PAGE, 7 * PAGE) == 'h'
read(s + 4 * PAGE, PAGE) == 'e'
