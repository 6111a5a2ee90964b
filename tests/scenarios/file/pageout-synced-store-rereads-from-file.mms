# A page stored through a shared mapping, synced, then dropped by MADV_PAGEOUT comes back from the file with the stored bytes: the data went to disk, not only to the cache.
require files
require fault_around_bytes != 8192
require fault_around_bytes != 16384
fd = open("data", O_RDWR | O_CREAT, 0600)
for i in 0..16: pwrite(fd, 'd', PAGE, i * PAGE) == PAGE
fsync(fd) == 0
r = mmap(NULL, 64 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + 16 * PAGE) & ~(16 * PAGE - 1)
s = mmap(a, 16 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_FIXED, fd, 0)
read(s) == 'd'
write(s + 5 * PAGE, PAGE, 'w')
madvise(s, 16 * PAGE, MADV_RANDOM) == 0
msync(s, 16 * PAGE, MS_SYNC) == 0
madvise(s, 16 * PAGE, MADV_PAGEOUT) == 0
smaps(s, "Rss") == 0
read(s + 5 * PAGE, PAGE) == 'w'
smaps(s, "Rss") == PAGE
pread(fd, PAGE, 5 * PAGE) == 'w'
pread(fd, PAGE, 4 * PAGE) == 'd'
