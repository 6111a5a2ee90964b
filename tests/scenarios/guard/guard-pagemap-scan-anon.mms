# guard-regions selftest pagemap_scan, private anonymous memory: PAGEMAP_SCAN for PAGE_IS_GUARD finds nothing, then exactly the guarded pages, one region each
p = mmap(NULL, 10 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
pagemap_scan(p, 10 * PAGE, 0, 0, 0, PAGE_IS_GUARD, PAGE_IS_GUARD) == 0
scan_walk_end() == p + 10 * PAGE
for i in 0..5: madvise(p + 2 * i * PAGE, PAGE, MADV_GUARD_INSTALL) == 0
pagemap_scan(p, 10 * PAGE, 0, 0, 0, PAGE_IS_GUARD, PAGE_IS_GUARD) == 5
for i in 0..5: scan_region(i) == [p + 2 * i * PAGE, p + (2 * i + 1) * PAGE)
for i in 0..5: scan_categories(i) == PAGE_IS_GUARD
scan_region(5) == NONE
scan_walk_end() == p + 10 * PAGE
