# A store through a shared ext4 mapping marks the page-cache page KPF_DIRTY at once (the write fault dirties it); fsync writes it back and clears KPF_DIRTY; a later store dirties it again.
require files
require root
fd = open("data", O_RDWR | O_CREAT, 0600)
pwrite(fd, 'd', PAGE, 0) == PAGE
fsync(fd) == 0
r = mmap(NULL, 64 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + 16 * PAGE) & ~(16 * PAGE - 1)
s = mmap(a, PAGE, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_FIXED, fd, 0)
read(s) == 'd'
kpageflags(s) & KPF_DIRTY == 0
smaps(s, "Private_Clean") == PAGE
write(s, 1, 'w')
kpageflags(s) & KPF_DIRTY == KPF_DIRTY
smaps(s, "Private_Dirty") == PAGE
fsync(fd) == 0
kpageflags(s) & KPF_DIRTY == 0
smaps(s, "Private_Dirty") == 0
write(s, 1, 'v')
kpageflags(s) & KPF_DIRTY == KPF_DIRTY
smaps(s, "Private_Dirty") == PAGE
