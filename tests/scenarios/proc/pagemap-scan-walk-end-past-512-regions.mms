# PAGEMAP_SCAN gathers regions 512 at a time (a PMD's worth of pages) and copies them out when the buffer fills; walk_end records that stop, so a scan of more than 512 regions that then runs to the end still reports the first stop as walk_end
p = mmap(NULL, 1400 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
for i in 0..700: madvise(p + 2 * i * PAGE, PAGE, MADV_GUARD_INSTALL) == 0
pagemap_scan(p, 1400 * PAGE, 0, 0, 0, PAGE_IS_GUARD, PAGE_IS_GUARD) == 700
scan_region(512) == [p + 1024 * PAGE, p + 1025 * PAGE)
scan_region(699) == [p + 1398 * PAGE, p + 1399 * PAGE)
scan_walk_end() == p + 1024 * PAGE
# fewer regions than the buffer: walk_end is the end
pagemap_scan(p, 1000 * PAGE, 0, 0, 0, PAGE_IS_GUARD, PAGE_IS_GUARD) == 500
scan_walk_end() == p + 1000 * PAGE
# vec_len 512 is full at the 513th region
pagemap_scan(p, 1400 * PAGE, 0, 0, 0, PAGE_IS_GUARD, PAGE_IS_GUARD, 0, 512) == 512
scan_walk_end() == p + 1024 * PAGE
# max_pages reached with no guard page after it: the walk ends, walk_end stays at the stop
pagemap_scan(p, 1400 * PAGE, 0, 0, 0, PAGE_IS_GUARD, PAGE_IS_GUARD, 700) == 700
scan_walk_end() == p + 1024 * PAGE
# all 1400 pages alternate: the 1024 regions fill the vector
pagemap_scan(p, 1400 * PAGE, 0, 0, 0, 0, PAGE_IS_GUARD) == 1024
scan_region(1023) == [p + 1023 * PAGE, p + 1024 * PAGE)
scan_walk_end() == p + 1024 * PAGE
