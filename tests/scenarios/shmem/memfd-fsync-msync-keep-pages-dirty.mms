# fsync and msync(MS_SYNC) on a memfd succeed but write nothing back (shmem has no backing store): the written page stays KPF_DIRTY and smaps Private_Dirty.
require files
require root
m = memfd_create("m", 0)
ftruncate(m, 2 * PAGE)
r = mmap(NULL, 64 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + 16 * PAGE) & ~(16 * PAGE - 1)
s = mmap(a, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_FIXED, m, 0)
write(s, PAGE, 'w')
kpageflags(s) & KPF_DIRTY == KPF_DIRTY
fsync(m) == 0
msync(s, 2 * PAGE, MS_SYNC) == 0
msync(s, 2 * PAGE, MS_ASYNC) == 0
msync(s, 2 * PAGE, MS_INVALIDATE) == 0
kpageflags(s) & KPF_DIRTY == KPF_DIRTY
smaps(s, "Private_Dirty") == PAGE
read(s, PAGE) == 'w'
