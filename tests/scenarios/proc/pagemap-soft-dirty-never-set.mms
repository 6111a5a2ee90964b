# This kernel has no soft-dirty tracking: PM_SOFT_DIRTY is never set, on present, zero, copied, moved, guard or untouched pages.
require !soft_dirty
r = mmap(NULL, 16 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 2 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
pagemap(p) & PM_SOFT_DIRTY == 0
write(p, PAGE, 'a')
read(p + PAGE) == 0
madvise(p + 2 * PAGE, PAGE, MADV_GUARD_INSTALL) == 0
for i in 0..4: pagemap(p + i * PAGE) & PM_SOFT_DIRTY == 0
c = fork()
@c for i in 0..4: pagemap(p + i * PAGE) & PM_SOFT_DIRTY == 0
@c write(p, PAGE, 'c')
@c pagemap(p) & PM_SOFT_DIRTY == 0
# a page moved by mremap (which marks moved entries soft-dirty where the kernel tracks it)
q = mremap(p, 4 * PAGE, 4 * PAGE, MREMAP_MAYMOVE | MREMAP_FIXED, r + 8 * PAGE)
pagemap(q) == PM_PRESENT | PM_MMAP_EXCLUSIVE
pagemap(q + PAGE) & PM_SOFT_DIRTY == 0
pagemap(q + 3 * PAGE) & PM_SOFT_DIRTY == 0
