# A memfd (shmem) page has kpageflags KPF_MMAP | KPF_SWAPBACKED | KPF_UPTODATE and no KPF_ANON; a page allocated by a write fault is KPF_DIRTY, a hole allocated by a read fault is clean.
# files and shmem come to the model with the page cache (issue 4)
require files
require root
fd = memfd_create("kpf-shm", 0)
ftruncate(fd, 2 * PAGE)
s = mmap(NULL, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0)
write(s, PAGE, 'w')
read(s + PAGE) == 0
kpageflags(s) & (KPF_ANON | KPF_MMAP | KPF_SWAPBACKED | KPF_UPTODATE) == KPF_MMAP | KPF_SWAPBACKED | KPF_UPTODATE
kpageflags(s + PAGE) & (KPF_ANON | KPF_MMAP | KPF_SWAPBACKED | KPF_UPTODATE) == KPF_MMAP | KPF_SWAPBACKED | KPF_UPTODATE
kpageflags(s) & KPF_DIRTY == KPF_DIRTY
kpageflags(s + PAGE) & KPF_DIRTY == 0
kpageflags(s) & (KPF_ZERO_PAGE | KPF_THP | KPF_KSM | KPF_SWAPCACHE | KPF_MLOCKED | KPF_OWNER_2) == 0
