# Writes to the page ext4 left cached but not up to date by a truncation into a hole bring it up to date first: a pwrite of part of it (ext4's write_begin zeroes the rest of a new block over a hole), a shared write fault, and a private write fault (its copy is made from the page read in).  Each page is up to date afterwards, and what was not written reads as zeroes.
require files
require root
require scratch_fs == ext4
fd = open("data", O_RDWR | O_CREAT, 0600)
ftruncate(fd, 10 * PAGE) == 0
ftruncate(fd, 5 * PAGE + 100) == 0
pwrite(fd, 'x', 10, 5 * PAGE + 50) == 10
p = mmap(NULL, 6 * PAGE, PROT_READ, MAP_SHARED, fd, 0)
mincore(p, 6 * PAGE) == 0x20
pread(fd, 50, 5 * PAGE) == 0
pread(fd, 10, 5 * PAGE + 50) == 'x'
pread(fd, 40, 5 * PAGE + 60) == 0
read(p + 5 * PAGE + 50, 10) == 'x'
kpageflags(p + 5 * PAGE) & (KPF_UPTODATE | KPF_DIRTY | KPF_PRIVATE) == KPF_UPTODATE | KPF_DIRTY | KPF_PRIVATE
# a store through a shared mapping
fd2 = open("data2", O_RDWR | O_CREAT, 0600)
ftruncate(fd2, 10 * PAGE) == 0
ftruncate(fd2, 5 * PAGE + 100) == 0
q = mmap(NULL, 6 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED, fd2, 0)
write(q + 5 * PAGE, 10, 's') == 0
mincore(q, 6 * PAGE) == 0x20
kpageflags(q + 5 * PAGE) & (KPF_UPTODATE | KPF_DIRTY | KPF_PRIVATE) == KPF_UPTODATE | KPF_DIRTY | KPF_PRIVATE
read(q + 5 * PAGE + 10, 90) == 0
pread(fd2, 10, 5 * PAGE) == 's'
# a store through a private mapping copies the page read in; the cached page stays clean
fd3 = open("data3", O_RDWR | O_CREAT, 0600)
ftruncate(fd3, 10 * PAGE) == 0
ftruncate(fd3, 5 * PAGE + 100) == 0
s = mmap(NULL, 6 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd3, 0)
t = mmap(NULL, 6 * PAGE, PROT_READ, MAP_SHARED, fd3, 0)
mincore(t, 6 * PAGE) == 0
write(s + 5 * PAGE, 10, 'c') == 0
kpageflags(s + 5 * PAGE) & KPF_ANON == KPF_ANON
mincore(t, 6 * PAGE) == 0x20
read(t + 5 * PAGE) == 0
kpageflags(t + 5 * PAGE) & (KPF_UPTODATE | KPF_DIRTY | KPF_PRIVATE) == KPF_UPTODATE | KPF_PRIVATE
pread(fd3, 100, 5 * PAGE) == 0
