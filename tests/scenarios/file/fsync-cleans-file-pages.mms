# fsync writes a file's dirty pages back and waits: afterwards they are clean and not under writeback (KPF_DIRTY, KPF_WRITEBACK clear) and smaps counts them Private_Clean.
require files
require root
fd = open("data", O_RDWR | O_CREAT, 0600)
for i in 0..4: pwrite(fd, 'd', PAGE, i * PAGE) == PAGE
r = mmap(NULL, 64 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + 16 * PAGE) & ~(16 * PAGE - 1)
s = mmap(a, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_FIXED, fd, 0)
write(s, 4 * PAGE, 'w')
fsync(fd) == 0
for i in 0..4: kpageflags(s + i * PAGE) & (KPF_DIRTY | KPF_WRITEBACK) == 0
smaps(s, "Private_Dirty") == 0
smaps(s, "Private_Clean") == 4 * PAGE
smaps(s, "Pss_Dirty") == 0
pread(fd, 4 * PAGE, 0) == 'w'
