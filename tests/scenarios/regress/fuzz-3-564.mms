# MADV_POPULATE_WRITE and mlock() populate with FOLL_TOUCH: a page already mapped writable but clean has its folio dirtied, as the store would (found by mmsim fuzz --seed 3, sequence 564: the model left a read-faulted shmem page clean)
require files
require root
c = mmap(NULL, 8 * MiB, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0)
r = c + 2 * MiB - (c & (2 * MiB - 1))
munmap(c, r - c) == 0
munmap(r + 4 * MiB, c + 4 * MiB - r) == 0
c = 0
# a read fault on shared memory maps the page writable and clean (no write-notify)
mmap(r, 8 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS | MAP_FIXED, -1, 0) == r
read(r + 2 * PAGE) == 0
kpageflags(r + 2 * PAGE) & KPF_DIRTY == 0
smaps(r, "Private_Clean") == 4 * KiB
madvise(r, 4 * PAGE, MADV_POPULATE_WRITE) == 0
kpageflags(r + 2 * PAGE) & KPF_DIRTY == KPF_DIRTY
smaps(r, "Private_Clean") == 0
smaps(r, "Private_Dirty") == 16 * KiB
# a store through that PTE dirties only the PTE
m = memfd_create("m", 0) == 3
ftruncate(m, 8 * PAGE) == 0
mmap(r + 16 * PAGE, 8 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_FIXED, m, 0) == r + 16 * PAGE
read(r + 18 * PAGE) == 0
write(r + 18 * PAGE, 1, 'a') == 0
kpageflags(r + 18 * PAGE) & KPF_DIRTY == 0
smaps(r + 16 * PAGE, "Private_Dirty") == 4 * KiB
# MADV_FREE leaves a private page mapped writable and clean; mlock() populates it for writing
mmap(r + 32 * PAGE, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0) == r + 32 * PAGE
write(r + 32 * PAGE, 2 * PAGE, 'f') == 0
madvise(r + 32 * PAGE, 2 * PAGE, MADV_FREE) == 0
kpageflags(r + 32 * PAGE) & KPF_DIRTY == 0
smaps(r + 32 * PAGE, "Private_Dirty") == 0
mlock(r + 32 * PAGE, PAGE) == 0
kpageflags(r + 32 * PAGE) & KPF_DIRTY == KPF_DIRTY
kpageflags(r + 33 * PAGE) & KPF_DIRTY == 0
smaps(r + 32 * PAGE, "Private_Dirty") == 4 * KiB
