# Punching a hole or truncating shmem to inside a page zeroes the partial pages in place and dirties them (shmem_undo_range()), whole pages go (found by mmsim fuzz --seed 100, sequence 230370: the model left the partial pages clean)
require files
require root
c = mmap(NULL, 8 * MiB, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0)
r = c + 2 * MiB - (c & (2 * MiB - 1))
munmap(c, r - c) == 0
munmap(r + 4 * MiB, c + 4 * MiB - r) == 0
c = 0
m1 = memfd_create("m1", MFD_ALLOW_SEALING) == 3
ftruncate(m1, 15 * PAGE) == 0
mmap(r + 45 * PAGE, 16 * PAGE, PROT_READ, MAP_PRIVATE | MAP_FIXED | MAP_POPULATE | MAP_LOCKED, m1, 0) == r + 45 * PAGE
smaps(r + 45 * PAGE, "Pss_Dirty") == 0
fallocate(m1, FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE, 10 * PAGE + 613, PAGE) == 0
smaps(r + 45 * PAGE, "Pss_Dirty") == 8 * KiB
kpageflags(r + 55 * PAGE) & KPF_DIRTY == KPF_DIRTY
kpageflags(r + 56 * PAGE) & KPF_DIRTY == KPF_DIRTY
kpageflags(r + 57 * PAGE) & KPF_DIRTY == 0
ftruncate(m1, 3 * PAGE + 1) == 0
kpageflags(r + 48 * PAGE) & KPF_DIRTY == KPF_DIRTY
smaps(r + 45 * PAGE, "Pss_Dirty") == 4 * KiB
