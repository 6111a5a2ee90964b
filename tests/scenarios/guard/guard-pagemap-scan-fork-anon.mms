# PAGEMAP_SCAN in a forked child, private anonymous memory: the copied guard markers are there, and removing them in the child leaves the parent's
p = mmap(NULL, 8 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
madvise(p + 2 * PAGE, 3 * PAGE, MADV_GUARD_INSTALL) == 0
c = fork()
@c pagemap_scan(p, 8 * PAGE, 0, 0, 0, PAGE_IS_GUARD, PAGE_IS_GUARD) == 1
@c scan_region(0) == [p + 2 * PAGE, p + 5 * PAGE)
@c madvise(p + 3 * PAGE, PAGE, MADV_GUARD_REMOVE) == 0
@c pagemap_scan(p, 8 * PAGE, 0, 0, 0, PAGE_IS_GUARD, PAGE_IS_GUARD) == 2
@c exit()
pagemap_scan(p, 8 * PAGE, 0, 0, 0, PAGE_IS_GUARD, PAGE_IS_GUARD) == 1
scan_region(0) == [p + 2 * PAGE, p + 5 * PAGE)
