# PAGEMAP_SCAN over guard pages, private anonymous memory: max_pages and vec_len cut the scan short, and walk_end is the first guard page that did not fit
p = mmap(NULL, 10 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
for i in 0..5: madvise(p + 2 * i * PAGE, PAGE, MADV_GUARD_INSTALL) == 0
pagemap_scan(p, 10 * PAGE, 0, 0, 0, PAGE_IS_GUARD, PAGE_IS_GUARD, 3) == 3
scan_region(2) == [p + 4 * PAGE, p + 5 * PAGE)
scan_walk_end() == p + 6 * PAGE
pagemap_scan(p, 10 * PAGE, 0, 0, 0, PAGE_IS_GUARD, PAGE_IS_GUARD, 0, 2) == 2
scan_region(1) == [p + 2 * PAGE, p + 3 * PAGE)
scan_region(2) == NONE
scan_walk_end() == p + 4 * PAGE
# a cut inside a region: two pages of a three-page guard
madvise(p, 3 * PAGE, MADV_GUARD_INSTALL) == 0
pagemap_scan(p, 10 * PAGE, 0, 0, 0, PAGE_IS_GUARD, PAGE_IS_GUARD, 2) == 1
scan_region(0) == [p, p + 2 * PAGE)
scan_walk_end() == p + 2 * PAGE
# no output at all: nothing found, walk_end at the end
pagemap_scan(p, 10 * PAGE, 0, 0, 0, PAGE_IS_GUARD, PAGE_IS_GUARD, 0, 0) == 0
scan_walk_end() == p + 10 * PAGE
