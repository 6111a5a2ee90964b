# MADV_DONTNEED on a shared memfd mapping only unmaps: the pages stay in the file (same frames on the next fault), pread still reads them.
require files
require root
m = memfd_create("m", 0)
pwrite(m, 'm', 2 * PAGE, 0) == 2 * PAGE
r = mmap(NULL, 64 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + 16 * PAGE) & ~(16 * PAGE - 1)
s = mmap(a, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_FIXED, m, 0)
write(s, 1, 'w')
f = frame(s)
madvise(s, 2 * PAGE, MADV_DONTNEED) == 0
smaps(s, "Rss") == 0
pread(m, 1, 0) == 'w'
read(s) == 'w'
frame(s) == f
