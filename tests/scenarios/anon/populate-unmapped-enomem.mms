# MADV_POPULATE_READ/WRITE over an unmapped range fail with -ENOMEM; over a range that ends in a hole, the mapped part before the hole is populated first.
r = mmap(NULL, 8 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 2 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
munmap(p + 2 * PAGE, 2 * PAGE) == 0
madvise(p + 2 * PAGE, 2 * PAGE, MADV_POPULATE_READ) == -ENOMEM
madvise(p + 2 * PAGE, 2 * PAGE, MADV_POPULATE_WRITE) == -ENOMEM
madvise(p, 4 * PAGE, MADV_POPULATE_WRITE) == -ENOMEM
pagemap(p) & (PM_PRESENT | PM_MMAP_EXCLUSIVE) == PM_PRESENT | PM_MMAP_EXCLUSIVE
pagemap(p + PAGE) & (PM_PRESENT | PM_MMAP_EXCLUSIVE) == PM_PRESENT | PM_MMAP_EXCLUSIVE
