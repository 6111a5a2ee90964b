# PAGEMAP_SCAN and asynchronous write-protection: a VMA registered WP with a
# context of UFFD_FEATURE_WP_ASYNC is PAGE_IS_WPALLOWED and passes
# PM_SCAN_CHECK_WPASYNC; any other VMA fails it (-EPERM), a WP context
# without the feature too
require userfaultfd
u = userfaultfd(0)
uffdio_api(u, UFFD_API, UFFD_FEATURE_WP_ASYNC) == UFFD_API_FEATURES
r = mmap(NULL, 100 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = mmap(r + 10 * PAGE, 20 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
write(a, 2 * PAGE, 'x')
pagemap_scan(a, 20 * PAGE, PM_SCAN_CHECK_WPASYNC, 0, 0, 0, PAGE_IS_WPALLOWED | PAGE_IS_WRITTEN | PAGE_IS_PRESENT) == -EPERM
uffdio_register(u, a, 10 * PAGE, UFFDIO_REGISTER_MODE_WP)
pagemap_scan(a, 10 * PAGE, PM_SCAN_CHECK_WPASYNC, 0, 0, 0, PAGE_IS_WPALLOWED | PAGE_IS_WRITTEN | PAGE_IS_PRESENT) == 2
scan_region(0) == [a, a + 2 * PAGE)
scan_categories(0) == PAGE_IS_WPALLOWED | PAGE_IS_WRITTEN | PAGE_IS_PRESENT
scan_region(1) == [a + 2 * PAGE, a + 10 * PAGE)
scan_categories(1) == PAGE_IS_WPALLOWED | PAGE_IS_WRITTEN
pagemap_scan(a, 20 * PAGE, PM_SCAN_CHECK_WPASYNC, 0, 0, 0, PAGE_IS_WPALLOWED) == -EPERM
pagemap_scan(a, 20 * PAGE, 0, 0, PAGE_IS_WPALLOWED, 0, PAGE_IS_WPALLOWED) == 1
scan_region(0) == [a, a + 10 * PAGE)
pagemap_scan(a, 20 * PAGE, 0, PAGE_IS_WPALLOWED, PAGE_IS_WPALLOWED, 0, PAGE_IS_WPALLOWED) == 1
scan_region(0) == [a + 10 * PAGE, a + 20 * PAGE)
scan_categories(0) == 0
v = userfaultfd(0)
uffdio_api(v, UFFD_API, 0)
b = mmap(r + 40 * PAGE, 20 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
uffdio_register(v, b, 10 * PAGE, UFFDIO_REGISTER_MODE_WP)
pagemap_scan(b, 10 * PAGE, PM_SCAN_CHECK_WPASYNC, 0, 0, 0, PAGE_IS_WPALLOWED) == -EPERM
# MISSING alone, even with the feature, is not write-protection
uffdio_register(u, b + 10 * PAGE, 10 * PAGE, UFFDIO_REGISTER_MODE_MISSING)
pagemap_scan(b + 10 * PAGE, 10 * PAGE, PM_SCAN_CHECK_WPASYNC, 0, 0, 0, PAGE_IS_WPALLOWED) == -EPERM
