# Where the kernel has no zero page, pages that read faults allocate are counted in smaps Rss and Anonymous, as private dirty memory in a writable VMA.
require !zero_page
r = mmap(NULL, 8 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 2 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
read(p, 4 * PAGE) == 0
for i in 0..4: pagemap(p + i * PAGE) & PM_PRESENT == PM_PRESENT
smaps(p, "Rss") == 4 * PAGE
smaps(p, "Anonymous") == 4 * PAGE
smaps(p, "Private_Clean") == 0
smaps(p, "Private_Dirty") == 4 * PAGE
