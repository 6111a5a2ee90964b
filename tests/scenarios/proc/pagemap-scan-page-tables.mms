# Where page tables exist shows in PAGEMAP_SCAN (an unmapped page is WRITTEN in an existing PTE table): MADV_DONTNEED frees a PTE table whose whole 2 MiB it emptied, unless a guard marker is left in it; fork copies, and mremap moves, a table that holds nothing
require !soft_dirty
r = mmap(NULL, 16 * MiB, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
b = r + (PMD_SIZE - r % PMD_SIZE) % PMD_SIZE
p = mmap(b, 4 * MiB, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
madvise(p, 4 * MiB, MADV_NOHUGEPAGE)
write(p, 1, 'a')
write(p + 2 * MiB + PAGE, 1, 'b')
pagemap_scan(p, 4 * MiB, 0, 0, 0, 0, 0x1ff) == 4
madvise(p, 4 * MiB, MADV_DONTNEED) == 0
pagemap_scan(p, 4 * MiB, 0, 0, 0, 0, 0x1ff) == 1
scan_categories(0) == 0
# only a table whose whole span the advice covers
write(p, 1, 'a')
write(p + 2 * MiB + PAGE, 1, 'b')
madvise(p, 2 * MiB, MADV_DONTNEED) == 0
madvise(p + 2 * MiB + PAGE, PAGE, MADV_DONTNEED) == 0
pagemap_scan(p, 4 * MiB, 0, 0, 0, 0, 0x1ff) == 2
scan_region(0) == [p, p + 2 * MiB)
scan_categories(0) == 0
scan_region(1) == [p + 2 * MiB, p + 4 * MiB)
scan_categories(1) == PAGE_IS_WRITTEN
# a guard marker keeps its table
write(p, 1, 'a')
madvise(p + PAGE, PAGE, MADV_GUARD_INSTALL) == 0
madvise(p, 2 * MiB, MADV_DONTNEED) == 0
pagemap_scan(p, 2 * MiB, 0, 0, 0, 0, 0x1ff) == 3
scan_categories(1) == PAGE_IS_SWAPPED | PAGE_IS_GUARD | PAGE_IS_WRITTEN
# now the table holds nothing, and stays
madvise(p + PAGE, PAGE, MADV_GUARD_REMOVE) == 0
pagemap_scan(p, 2 * MiB, 0, 0, 0, 0, 0x1ff) == 1
scan_categories(0) == PAGE_IS_WRITTEN
c = fork()
@c pagemap_scan(p, 2 * MiB, 0, 0, 0, 0, 0x1ff) == 1
@c scan_categories(0) == PAGE_IS_WRITTEN
@c exit()
q = mremap(p, 2 * MiB, 2 * MiB, MREMAP_MAYMOVE | MREMAP_FIXED, p + 6 * MiB) == p + 6 * MiB
pagemap_scan(q, 2 * MiB, 0, 0, 0, 0, 0x1ff) == 1
scan_categories(0) == PAGE_IS_WRITTEN
