# PAGEMAP_SCAN reports the pages of a uffd-wp registered VMA that have no page table as PAGE_IS_WRITTEN, as it does their none entries where a table exists (the stable fix for PMD holes that 6.18.44 has); MISSING registration alone leaves them without categories, and so does unregistering (found by mmsim fuzz --seed 7, sequence 1029: the model gave 1 region)
require userfaultfd
c = mmap(NULL, 8 * MiB, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0)
r = c + 2 * MiB - (c & (2 * MiB - 1))
munmap(c, r - c) == 0
munmap(r + 4 * MiB, c + 4 * MiB - r) == 0
c = 0
u1 = userfaultfd(0) == 3
uffdio_api(u1, UFFD_API, UFFD_FEATURE_SIGBUS) == UFFD_API_FEATURES
uffdio_register(u1, r + 30 * PAGE, 3 * PAGE, UFFDIO_REGISTER_MODE_WP) == 0x17c
uffdio_register(u1, r + 40 * PAGE, 3 * PAGE, UFFDIO_REGISTER_MODE_MISSING) == 0x13c
pagemap_scan(r + 28 * PAGE, 19 * PAGE, 0, 0, 0, 0, PAGE_IS_PRESENT | PAGE_IS_WRITTEN | PAGE_IS_FILE | PAGE_IS_PFNZERO | PAGE_IS_GUARD | PAGE_IS_SWAPPED | PAGE_IS_HUGE) == 3
scan_region(0) == [r + 28 * PAGE, r + 30 * PAGE)
scan_categories(0) == 0
scan_region(1) == [r + 30 * PAGE, r + 33 * PAGE)
scan_categories(1) == PAGE_IS_WRITTEN
scan_region(2) == [r + 33 * PAGE, r + 47 * PAGE)
scan_categories(2) == 0
pagemap_scan(r, 64 * PAGE, 0, 0, 0, PAGE_IS_WRITTEN, PAGE_IS_WRITTEN) == 1
scan_region(0) == [r + 30 * PAGE, r + 33 * PAGE)
uffdio_unregister(u1, r, 64 * PAGE) == 0
pagemap_scan(r, 64 * PAGE, 0, 0, 0, PAGE_IS_WRITTEN, PAGE_IS_WRITTEN) == 0
