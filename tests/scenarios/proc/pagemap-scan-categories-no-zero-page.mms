# PAGEMAP_SCAN categories of anonymous memory without the zero page: a written page and a read page are both PRESENT | WRITTEN and PFNZERO never shows; a page never mapped is WRITTEN when its page table exists and has no category at all when it does not; FILE, SWAPPED, HUGE, SOFT_DIRTY and WPALLOWED never show
require !zero_page
require !soft_dirty
r = mmap(NULL, 8 * MiB, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
b = r + (PMD_SIZE - r % PMD_SIZE) % PMD_SIZE
p = mmap(b, 2 * PMD_SIZE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
madvise(p, 2 * PMD_SIZE, MADV_NOHUGEPAGE)
pagemap_scan(p, 2 * PMD_SIZE, 0, 0, 0, 0, 0x1ff) == 1
scan_region(0) == [p, p + 2 * PMD_SIZE)
scan_categories(0) == 0
write(p, 1, 'w')
read(p + PAGE)
pagemap_scan(p, 2 * PMD_SIZE, 0, 0, 0, 0, 0x1ff) == 3
scan_region(0) == [p, p + 2 * PAGE)
scan_categories(0) == PAGE_IS_PRESENT | PAGE_IS_WRITTEN
scan_region(1) == [p + 2 * PAGE, p + PMD_SIZE)
scan_categories(1) == PAGE_IS_WRITTEN
scan_region(2) == [p + PMD_SIZE, p + 2 * PMD_SIZE)
scan_categories(2) == 0
# selecting: anyof PRESENT finds both present pages as one region
pagemap_scan(p, 2 * PMD_SIZE, 0, 0, 0, PAGE_IS_PRESENT, PAGE_IS_PRESENT) == 1
scan_region(0) == [p, p + 2 * PAGE)
# no page is PFNZERO: requiring it finds nothing, excluding it finds both present pages
pagemap_scan(p, 2 * PMD_SIZE, 0, 0, PAGE_IS_PRESENT | PAGE_IS_PFNZERO, 0, PAGE_IS_PFNZERO) == 0
pagemap_scan(p, 2 * PMD_SIZE, 0, 0, 0, PAGE_IS_PFNZERO, 0x1ff) == 0
pagemap_scan(p, 2 * PMD_SIZE, 0, PAGE_IS_PFNZERO, PAGE_IS_PRESENT | PAGE_IS_PFNZERO, 0, PAGE_IS_PRESENT) == 1
scan_region(0) == [p, p + 2 * PAGE)
scan_categories(0) == PAGE_IS_PRESENT
pagemap_scan(p, 2 * PMD_SIZE, 0, 0, 0, PAGE_IS_FILE | PAGE_IS_SWAPPED | PAGE_IS_HUGE | PAGE_IS_SOFT_DIRTY | PAGE_IS_WPALLOWED, 0x1ff) == 0
