# MADV_REMOVE needs a shared mapping that may be written (VmFlags mw): on a MAP_PRIVATE file mapping or a shared mapping of an O_RDONLY fd it fails with -EACCES; a read-only shared mapping of an O_RDWR fd is accepted.
require files
fd = open("data", O_RDWR | O_CREAT, 0600)
for i in 0..4: pwrite(fd, 'd', PAGE, i * PAGE) == PAGE
ro = open("data", O_RDONLY)
r = mmap(NULL, 64 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + 16 * PAGE) & ~(16 * PAGE - 1)
p = mmap(a, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_FIXED, fd, 0)
madvise(p, PAGE, MADV_REMOVE) == -EACCES
o = mmap(a + 16 * PAGE, 4 * PAGE, PROT_READ, MAP_SHARED | MAP_FIXED, ro, 0)
madvise(o, PAGE, MADV_REMOVE) == -EACCES
pread(fd, PAGE, 0) == 'd'
s = mmap(a + 32 * PAGE, 4 * PAGE, PROT_READ, MAP_SHARED | MAP_FIXED, fd, 0)
vmflag(s, "mw") == 1
madvise(s, PAGE, MADV_REMOVE) == 0
pread(fd, PAGE, 0) == 0
