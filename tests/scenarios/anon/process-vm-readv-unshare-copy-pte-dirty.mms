# A read pin of a shared anonymous page unshares it: after fork, process_vm_readv() in the parent gives the parent a copy, exclusive, while the child keeps the original.  On kernels that leave the copy's PTE dirty (unshare_copy_dirty, as on this project's no-zero-page hosts) smaps counts the copy Private_Dirty though the folio itself is clean.
require unshare_copy_dirty == yes
require root
r = mmap(NULL, 16 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 4 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
write(p, 4 * PAGE, 'a')
f = frame(p + PAGE)
c = fork()
smaps(p, "Shared_Dirty") == 16 * KiB
process_vm_readv(p + PAGE, PAGE) == PAGE
frame(p + PAGE) != f
@c frame(p + PAGE) == f
pagemap(p + PAGE) & PM_MMAP_EXCLUSIVE == PM_MMAP_EXCLUSIVE
mapcount(p + PAGE) == 1
smaps(p, "Private_Dirty") == 4 * KiB
smaps(p, "Private_Clean") == 0
smaps(p, "Shared_Dirty") == 12 * KiB
kpageflags(p + PAGE) & KPF_DIRTY == 0
@c smaps(p, "Private_Dirty") == 4 * KiB
read(p + PAGE, PAGE) == 'a'
