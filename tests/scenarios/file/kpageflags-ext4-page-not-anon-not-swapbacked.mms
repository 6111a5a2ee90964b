# An ext4 page-cache page mapped by a process has kpageflags KPF_MMAP | KPF_UPTODATE and none of KPF_ANON, KPF_SWAPBACKED, KPF_ZERO_PAGE, KPF_KSM, KPF_SWAPCACHE; after fsync it is not KPF_DIRTY; unmapped, it loses KPF_MMAP.
require files
require root
fd = open("data", O_RDWR | O_CREAT, 0600)
pwrite(fd, 'd', PAGE, 0) == PAGE
fsync(fd) == 0
r = mmap(NULL, 64 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + 16 * PAGE) & ~(16 * PAGE - 1)
s = mmap(a, PAGE, PROT_READ, MAP_SHARED | MAP_FIXED, fd, 0)
read(s) == 'd'
kpageflags(s) & (KPF_ANON | KPF_MMAP | KPF_UPTODATE | KPF_SWAPBACKED | KPF_ZERO_PAGE | KPF_KSM | KPF_SWAPCACHE | KPF_DIRTY | KPF_WRITEBACK) == KPF_MMAP | KPF_UPTODATE
kpageflags(s) & (KPF_THP | KPF_COMPOUND_HEAD | KPF_COMPOUND_TAIL | KPF_MLOCKED | KPF_OWNER_2) == 0
mapcount(s) == 1
# a private read maps the same page: the flags are the page's, not the mapping's
p = mmap(a + 16 * PAGE, PAGE, PROT_READ, MAP_PRIVATE | MAP_FIXED, fd, 0)
read(p) == 'd'
kpageflags(p) & (KPF_ANON | KPF_MMAP | KPF_UPTODATE) == KPF_MMAP | KPF_UPTODATE
mapcount(p) == 2
