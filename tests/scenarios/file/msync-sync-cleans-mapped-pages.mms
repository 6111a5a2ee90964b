# msync(MS_SYNC) over a shared ext4 mapping writes back the pages stored through it: they end clean (KPF_DIRTY clear, smaps Private_Clean) and still mapped.
require files
require !soft_dirty
require root
fd = open("data", O_RDWR | O_CREAT, 0600)
for i in 0..2: pwrite(fd, 'd', PAGE, i * PAGE) == PAGE
fsync(fd) == 0
r = mmap(NULL, 64 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + 16 * PAGE) & ~(16 * PAGE - 1)
s = mmap(a, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_FIXED, fd, 0)
write(s, 2 * PAGE, 'w')
msync(s, 2 * PAGE, MS_SYNC) == 0
kpageflags(s) & (KPF_DIRTY | KPF_WRITEBACK) == 0
kpageflags(s + PAGE) & (KPF_DIRTY | KPF_WRITEBACK) == 0
smaps(s, "Private_Clean") == 2 * PAGE
smaps(s, "Private_Dirty") == 0
pagemap(s) == PM_PRESENT | PM_FILE | PM_MMAP_EXCLUSIVE
read(s, 2 * PAGE) == 'w'
