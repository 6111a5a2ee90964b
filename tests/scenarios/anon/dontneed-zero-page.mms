# MADV_DONTNEED on a range mapped to the zero page by reads removes those PTEs too: pagemap 0 afterwards, reads still zero.
require !soft_dirty
p = mmap(NULL, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
read(p, 2 * PAGE) == 0
pagemap(p) & PM_PRESENT == PM_PRESENT
madvise(p, 2 * PAGE, MADV_DONTNEED) == 0
pagemap(p) == 0
pagemap(p + PAGE) == 0
read(p, 2 * PAGE) == 0
