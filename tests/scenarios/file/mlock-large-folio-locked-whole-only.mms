# 6.18 mlocks a large folio only where a locked VMA maps all of it: at fault time when one batch of PTEs maps it whole, and at mlock() time when it lies all inside the range and is mapped whole there. Large folios go through no per-CPU batch, so KPF_MLOCKED shows at once either way.
require files
require !soft_dirty
require root
require scratch_fs == ext4
fd = open("data", O_RDWR | O_CREAT, 0600)
# 48 pages: order-4 folios [0, 16), [16, 32), [32, 48)
pwrite(fd, 'x', 48 * PAGE, 0) == 48 * PAGE
# a carve-out aligned on a page table (2 MiB): no folio crosses a page-table boundary
r = mmap(NULL, 2 * PMD_SIZE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + PMD_SIZE - 1) & ~(PMD_SIZE - 1)
# MAP_LOCKED populates: fault-around maps each folio whole, and locks it
p = mmap(a, 32 * PAGE, PROT_READ, MAP_SHARED | MAP_FIXED | MAP_LOCKED, fd, 0)
kpageflags(p) & (KPF_MLOCKED | KPF_COMPOUND_HEAD) == KPF_MLOCKED | KPF_COMPOUND_HEAD
kpageflags(p + 31 * PAGE) & (KPF_MLOCKED | KPF_COMPOUND_TAIL) == KPF_MLOCKED | KPF_COMPOUND_TAIL
munmap(p, 32 * PAGE) == 0
# a locked VMA over part of a folio maps that part only: not locked
q = mmap(a + 64 * PAGE, 8 * PAGE, PROT_READ, MAP_SHARED | MAP_FIXED | MAP_LOCKED, fd, 36 * PAGE)
pagemap(q) == PM_PRESENT | PM_FILE | PM_MMAP_EXCLUSIVE
kpageflags(q) & (KPF_MLOCKED | KPF_COMPOUND_TAIL) == KPF_COMPOUND_TAIL
munmap(q, 8 * PAGE) == 0
# mapped unlocked first, then mlock() of 20 pages: the folio all inside the range is locked, the one it cuts is not
p = mmap(a, 32 * PAGE, PROT_READ, MAP_SHARED | MAP_FIXED, fd, 0)
read(p) == 'x'
read(p + 16 * PAGE) == 'x'
kpageflags(p) & KPF_MLOCKED == 0
mlock(p, 20 * PAGE) == 0
kpageflags(p) & KPF_MLOCKED == KPF_MLOCKED
kpageflags(p + 16 * PAGE) & KPF_MLOCKED == 0
# locking the rest of that folio does not lock it either: this mlock() cuts it at 20 too
mlock(p + 20 * PAGE, 12 * PAGE) == 0
kpageflags(p + 16 * PAGE) & KPF_MLOCKED == 0
# the two locked parts are one VMA again, and an mlock() of it all walks nothing
vma(p) == [p, p + 32 * PAGE)
mlock(p, 32 * PAGE) == 0
kpageflags(p + 16 * PAGE) & KPF_MLOCKED == 0
# unlocked and locked again as a whole, it is
munlock(p, 32 * PAGE) == 0
kpageflags(p) & KPF_MLOCKED == 0
mlock(p, 32 * PAGE) == 0
kpageflags(p) & KPF_MLOCKED == KPF_MLOCKED
kpageflags(p + 16 * PAGE) & KPF_MLOCKED == KPF_MLOCKED
