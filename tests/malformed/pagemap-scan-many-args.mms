p = mmap(NULL, PAGE, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
pagemap_scan(p, PAGE, 0, 0, 0, 0, PAGE_IS_GUARD, 0, 16, 1)
