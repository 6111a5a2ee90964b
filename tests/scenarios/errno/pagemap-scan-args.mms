# PAGEMAP_SCAN argument checks: unknown flags or categories and an unaligned start are -EINVAL, an end before the start or past user space -EFAULT, an unaligned end rounds up, an empty range finds nothing; PM_SCAN_CHECK_WPASYNC is -EPERM on a VMA without async userfaultfd write-protection and PM_SCAN_WP_MATCHING skips such VMAs
p = mmap(NULL, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
write(p, 4 * PAGE, 'a')
pagemap_scan(p, 4 * PAGE, 4, 0, 0, 0, PAGE_IS_PRESENT) == -EINVAL
pagemap_scan(p, 4 * PAGE, 0, 0x200, 0, 0, PAGE_IS_PRESENT) == -EINVAL
pagemap_scan(p, 4 * PAGE, 0, 0, 0x200, 0, PAGE_IS_PRESENT) == -EINVAL
pagemap_scan(p, 4 * PAGE, 0, 0, 0, 0x200, PAGE_IS_PRESENT) == -EINVAL
pagemap_scan(p, 4 * PAGE, 0, 0, 0, 0, 0x200) == -EINVAL
pagemap_scan(p + 1, 4 * PAGE, 0, 0, 0, 0, PAGE_IS_PRESENT) == -EINVAL
scan_region(0) == NONE
scan_walk_end() == NONE
pagemap_scan(p, -PAGE, 0, 0, 0, 0, PAGE_IS_PRESENT) == -EFAULT
pagemap_scan(0x7ffffffff000, PAGE, 0, 0, 0, 0, PAGE_IS_PRESENT) == -EFAULT
pagemap_scan(0x7fffffffe000, PAGE + 1, 0, 0, 0, 0, PAGE_IS_PRESENT) == -EFAULT
pagemap_scan(p, 2 * PAGE + 1, 0, 0, 0, 0, PAGE_IS_PRESENT) == 1
scan_region(0) == [p, p + 3 * PAGE)
scan_walk_end() == p + 3 * PAGE
pagemap_scan(p, 0, 0, 0, 0, 0, PAGE_IS_PRESENT) == 0
scan_walk_end() == p
pagemap_scan(p, 4 * PAGE, PM_SCAN_CHECK_WPASYNC, 0, 0, 0, PAGE_IS_PRESENT) == -EPERM
pagemap_scan(p, 4 * PAGE, PM_SCAN_WP_MATCHING | PM_SCAN_CHECK_WPASYNC, 0, 0, 0, PAGE_IS_PRESENT) == -EPERM
pagemap_scan(p, 4 * PAGE, PM_SCAN_WP_MATCHING, 0, 0, 0, PAGE_IS_PRESENT) == 0
scan_walk_end() == p + 4 * PAGE
# WPALLOWED in category_mask rules out every VMA
pagemap_scan(p, 4 * PAGE, 0, 0, PAGE_IS_WPALLOWED, 0, PAGE_IS_PRESENT) == 0
pagemap_scan(p, 4 * PAGE, 0, PAGE_IS_WPALLOWED, PAGE_IS_WPALLOWED, 0, PAGE_IS_PRESENT) == 1
