# KNOWN, NOT FIXED (mmsim fuzz --seed 3, sequence 677): the kernel counts a page's mlocks (folio->mlock_count): a page locked through the parent's MAP_LOCKED shared mapping and the child's mlock() stays mlocked when the parent unmaps; the model keeps no count and munlocks it at the first unmap.  The host passes this nearly always: its munlock goes through a per-CPU batch (mlock_fbatch), so KPF_MLOCKED after munlock is timing-dependent, and mmsim fuzz does not look at it.
require files
c = mmap(NULL, 8 * MiB, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0)
r = c + 2 * MiB - (c & (2 * MiB - 1))
munmap(c, r - c) == 0
munmap(r + 4 * MiB, c + 4 * MiB - r) == 0
c = 0
mmap(r + 31 * PAGE, 5 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS | MAP_FIXED | MAP_LOCKED, -1, 0) == r + 31 * PAGE
c3 = fork()
@c3 mlock(r + 32 * PAGE, 4 * PAGE) == 0
kpageflags(r + 32 * PAGE) & KPF_MLOCKED == KPF_MLOCKED
munmap(r + 31 * PAGE, 2 * PAGE) == 0
@c3 kpageflags(r + 32 * PAGE) & KPF_MLOCKED == KPF_MLOCKED
@c3 munlock(r + 32 * PAGE, PAGE) == 0
@c3 kpageflags(r + 32 * PAGE) & KPF_MLOCKED == 0
