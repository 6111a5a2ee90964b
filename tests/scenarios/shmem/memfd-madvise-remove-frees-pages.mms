# MADV_REMOVE on a shared memfd mapping frees the pages of the range in the file: they read 0 through every mapping and pread; on a private mapping it fails with -EACCES.
require files
require !soft_dirty
m = memfd_create("m", 0)
pwrite(m, 'm', 4 * PAGE, 0) == 4 * PAGE
r = mmap(NULL, 64 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + 16 * PAGE) & ~(16 * PAGE - 1)
s = mmap(a, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_FIXED, m, 0)
t = mmap(a + 16 * PAGE, 4 * PAGE, PROT_READ, MAP_SHARED | MAP_FIXED, m, 0)
read(t, 4 * PAGE) == 'm'
madvise(s + PAGE, PAGE, MADV_REMOVE) == 0
pagemap(t + PAGE) == 0
read(t + PAGE, PAGE) == 0
pread(m, PAGE, PAGE) == 0
read(t, PAGE) == 'm'
p = mmap(a + 32 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_FIXED, m, 0)
madvise(p, PAGE, MADV_REMOVE) == -EACCES
pread(m, PAGE, 0) == 'm'
