# PAGEMAP_SCAN, private anonymous memory: adjacent guard pages coalesce into one region, across a VMA boundary too; pages that differ only in categories return_mask hides coalesce as well
r = mmap(NULL, 12 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + PAGE, 5 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
q = mmap(r + 6 * PAGE, 5 * PAGE, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
vma(q) == [q, q + 5 * PAGE)
write(p, PAGE, 'p')
madvise(p + 3 * PAGE, 2 * PAGE, MADV_GUARD_INSTALL) == 0
madvise(q, 2 * PAGE, MADV_GUARD_INSTALL) == 0
madvise(q + 4 * PAGE, PAGE, MADV_GUARD_INSTALL) == 0
pagemap_scan(p, 10 * PAGE, 0, 0, 0, PAGE_IS_GUARD, PAGE_IS_GUARD) == 2
scan_region(0) == [p + 3 * PAGE, q + 2 * PAGE)
scan_region(1) == [q + 4 * PAGE, q + 5 * PAGE)
# every category: the populated page, the untouched ones, the guards
pagemap_scan(p, 10 * PAGE, 0, 0, 0, 0, PAGE_IS_PRESENT | PAGE_IS_SWAPPED | PAGE_IS_GUARD | PAGE_IS_WRITTEN) == 5
scan_region(0) == [p, p + PAGE)
scan_categories(0) == PAGE_IS_PRESENT | PAGE_IS_WRITTEN
scan_region(1) == [p + PAGE, p + 3 * PAGE)
scan_categories(1) == PAGE_IS_WRITTEN
scan_region(2) == [p + 3 * PAGE, q + 2 * PAGE)
scan_categories(2) == PAGE_IS_SWAPPED | PAGE_IS_GUARD | PAGE_IS_WRITTEN
scan_region(3) == [q + 2 * PAGE, q + 4 * PAGE)
scan_categories(3) == PAGE_IS_WRITTEN
scan_categories(4) == PAGE_IS_SWAPPED | PAGE_IS_GUARD | PAGE_IS_WRITTEN
# return_mask 0: the whole range is one region of no categories
pagemap_scan(p, 10 * PAGE, 0, 0, 0, 0, 0) == 1
scan_region(0) == [p, q + 5 * PAGE)
scan_categories(0) == 0
# everything but the guards, by inverting
pagemap_scan(p, 10 * PAGE, 0, PAGE_IS_GUARD, PAGE_IS_GUARD, 0, PAGE_IS_GUARD) == 2
scan_region(0) == [p, p + 3 * PAGE)
scan_region(1) == [q + 2 * PAGE, q + 4 * PAGE)
# the hole at the end of the carve-out is no VMA: skipped
munmap(q + 5 * PAGE, PAGE)
pagemap_scan(p, 11 * PAGE, 0, 0, 0, 0, 0) == 1
scan_region(0) == [p, q + 5 * PAGE)
scan_walk_end() == q + 6 * PAGE
