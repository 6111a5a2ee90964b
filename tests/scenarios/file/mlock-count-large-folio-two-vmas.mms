# A large folio mapped whole by two locked VMAs holds two mlocks. An unmap takes one lock per batch of PTEs, however few pages the batch has: unmapping two pages of one VMA leaves it mlocked, unmapping one more page there (another batch) clears KPF_MLOCKED though the other VMA still maps all of it -- the kernel undercounts rather than leave a folio locked for good. Large folios skip the per-CPU batches: every outcome shows at once.
require files
require root
require scratch_fs == ext4
fd = open("data", O_RDWR | O_CREAT, 0600)
# 32 pages: order-4 folios [0, 16) and [16, 32)
pwrite(fd, 'x', 32 * PAGE, 0) == 32 * PAGE
r = mmap(NULL, 2 * PMD_SIZE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + PMD_SIZE - 1) & ~(PMD_SIZE - 1)
p = mmap(a, 16 * PAGE, PROT_READ, MAP_SHARED | MAP_FIXED | MAP_LOCKED, fd, 0)
q = mmap(a + 32 * PAGE, 16 * PAGE, PROT_READ, MAP_SHARED | MAP_FIXED | MAP_LOCKED, fd, 0)
mapcount(q) == 2
kpageflags(q) & KPF_MLOCKED == KPF_MLOCKED
# pages 2-3 of p: one batch, one lock
munmap(p + 2 * PAGE, 2 * PAGE) == 0
kpageflags(q) & KPF_MLOCKED == KPF_MLOCKED
# page 8 of p: the last lock
munmap(p + 8 * PAGE, PAGE) == 0
kpageflags(q) & KPF_MLOCKED == 0
vmflag(q, "lo") == 1
# mlock() of the locked VMA q walks nothing; unlocking and locking it again counts it
mlock(q, 16 * PAGE) == 0
kpageflags(q) & KPF_MLOCKED == 0
munlock(q, 16 * PAGE) == 0
mlock(q, 16 * PAGE) == 0
kpageflags(q) & KPF_MLOCKED == KPF_MLOCKED
# what is left of p maps the folio in parts, and holds none of its locks; yet unlocking a part of p is a batch leaving a locked VMA, and takes q's lock
munlock(p + 9 * PAGE, 7 * PAGE) == 0
kpageflags(q) & KPF_MLOCKED == 0
