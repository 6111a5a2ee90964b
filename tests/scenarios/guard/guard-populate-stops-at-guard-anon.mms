# MADV_POPULATE_WRITE over a guard, private anonymous memory: the pages before the guard are populated, then the guard's SIGSEGV ends the call with -EFAULT and nothing after it is touched; MADV_POPULATE_READ there then maps the zero page
require zero_page
require !soft_dirty
r = mmap(NULL, 10 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + PAGE, 8 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
madvise(p + 3 * PAGE, PAGE, MADV_GUARD_INSTALL) == 0
madvise(p, 8 * PAGE, MADV_POPULATE_WRITE) == -EFAULT
for i in 0..3: pagemap(p + i * PAGE) == PM_PRESENT | PM_MMAP_EXCLUSIVE
pagemap(p + 3 * PAGE) == PM_SWAP | PM_GUARD_REGION
for i in 4..8: pagemap(p + i * PAGE) == 0
smaps(p, "Rss") == 3 * PAGE
madvise(p + 4 * PAGE, 4 * PAGE, MADV_POPULATE_READ) == 0
pagemap(p + 4 * PAGE) == PM_PRESENT
