# A large folio left locked in an unlocked VMA (MREMAP_DONTUNMAP moved the rest of the locked VMA away, and unlocked what stayed without taking its locks) keeps PG_mlocked when MADV_PAGEOUT splits it: its order-0 pieces stay KPF_MLOCKED and unevictable, with no lock counted for the pages that were tails, and are not reclaimed.
require files
require fault_around_bytes >= 65536
require !soft_dirty
require root
require scratch_fs == ext4
fd = open("data", O_RDWR | O_CREAT, 0600)
# 32 pages: order-4 folios [0, 16) and [16, 32), clean (a dirty folio with buffers is not split)
pwrite(fd, 'x', 32 * PAGE, 0) == 32 * PAGE
fsync(fd) == 0
r = mmap(NULL, 4 * PMD_SIZE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + PMD_SIZE - 1) & ~(PMD_SIZE - 1)
p = mmap(a, 32 * PAGE, PROT_READ, MAP_SHARED | MAP_FIXED | MAP_LOCKED, fd, 0)
kpageflags(p) & (KPF_MLOCKED | KPF_THP) == KPF_MLOCKED | KPF_THP
d = a + PMD_SIZE
mremap(p + 16 * PAGE, 16 * PAGE, 16 * PAGE, MREMAP_MAYMOVE | MREMAP_FIXED | MREMAP_DONTUNMAP, d) == d
vmflag(p, "lo") == 0
kpageflags(p) & KPF_MLOCKED == KPF_MLOCKED
# the folio is cut by the range: split (unmapped everywhere), its pieces in the range too locked to reclaim
madvise(p, 4 * PAGE, MADV_PAGEOUT) == 0
pagemap(p + 8 * PAGE) == 0
read(p + 8 * PAGE) == 'x'
kpageflags(p + 8 * PAGE) & (KPF_MLOCKED | KPF_UNEVICTABLE | KPF_THP) == KPF_MLOCKED | KPF_UNEVICTABLE
kpageflags(p) & (KPF_MLOCKED | KPF_UNEVICTABLE | KPF_THP) == KPF_MLOCKED | KPF_UNEVICTABLE
# the folio moved to the locked VMA keeps its lock, whole
kpageflags(d) & (KPF_MLOCKED | KPF_THP) == KPF_MLOCKED | KPF_THP
