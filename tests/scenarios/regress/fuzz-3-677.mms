# A shared anonymous page locked through the parent's MAP_LOCKED mapping and again by a fork child's mlock() holds two mlocks (folio->mlock_count): it stays KPF_MLOCKED when the parent unmaps it, and the child's munlock() takes the last lock (found by mmsim fuzz --seed 3, sequence 677: the model kept no count and munlocked the page at the first unmap).
require files
require root
c = mmap(NULL, 8 * MiB, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0)
r = c + 2 * MiB - (c & (2 * MiB - 1))
munmap(c, r - c) == 0
munmap(r + 4 * MiB, c + 4 * MiB - r) == 0
c = 0
mmap(r + 31 * PAGE, 5 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS | MAP_FIXED | MAP_LOCKED, -1, 0) == r + 31 * PAGE
# MADV_COLD drains this CPU's LRU batches (lru_add_drain()): the new pages go on the LRU now, where the child's lock can be counted (the kernel counts none for a page still in a batch)
madvise(r, PAGE, MADV_COLD) == 0
c3 = fork()
@c3 mlock(r + 32 * PAGE, 4 * PAGE) == 0
kpageflags(r + 32 * PAGE) & KPF_MLOCKED == KPF_MLOCKED
munmap(r + 31 * PAGE, 2 * PAGE) == 0
@c3 kpageflags(r + 32 * PAGE) & KPF_MLOCKED == KPF_MLOCKED
# the child's munlock() takes its lock; whether that clears KPF_MLOCKED on the kernel depends on whether the parent's munmap() has drained its CPU's batch of munlocks (mlock_fbatch) by then: not checked
@c3 munlock(r + 32 * PAGE, PAGE) == 0
