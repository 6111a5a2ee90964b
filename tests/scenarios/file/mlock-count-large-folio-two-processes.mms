# A large folio locked by a parent's MAP_LOCKED shared mapping and by its fork child's mlock() holds two mlocks: the parent's munlock() leaves it KPF_MLOCKED, the child's clears it. The child's VMA is not locked by fork, and its page tables are not copied (a shared file mapping faults them in again); its mlock() populates, mapping the folio whole. Large folios skip the per-CPU batches: every outcome shows at once.
require files
require !soft_dirty
require root
require scratch_fs == ext4
fd = open("data", O_RDWR | O_CREAT, 0600)
pwrite(fd, 'x', 16 * PAGE, 0) == 16 * PAGE
r = mmap(NULL, 2 * PMD_SIZE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + PMD_SIZE - 1) & ~(PMD_SIZE - 1)
p = mmap(a, 16 * PAGE, PROT_READ, MAP_SHARED | MAP_FIXED | MAP_LOCKED, fd, 0)
kpageflags(p) & (KPF_MLOCKED | KPF_COMPOUND_HEAD) == KPF_MLOCKED | KPF_COMPOUND_HEAD
c = fork()
@c vmflag(p, "lo") == 0
@c pagemap(p) == 0
@c mlock(p, 16 * PAGE) == 0
@c mapcount(p) == 2
munlock(p, 16 * PAGE) == 0
kpageflags(p) & KPF_MLOCKED == KPF_MLOCKED
@c munlock(p, 16 * PAGE) == 0
kpageflags(p) & KPF_MLOCKED == 0
# locked by the child alone, it loses its one lock when the child exits
@c mlock(p, 16 * PAGE) == 0
kpageflags(p) & KPF_MLOCKED == KPF_MLOCKED
@c exit()
kpageflags(p) & KPF_MLOCKED == 0
