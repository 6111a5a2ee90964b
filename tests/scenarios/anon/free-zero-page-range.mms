# MADV_FREE on a range of zero pages and never-touched pages succeeds and changes nothing: zero-page PTEs stay present on the zero page, untouched pages stay not present, all read zero.
require zero_page
require root
require !soft_dirty
p = mmap(NULL, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
read(p, 2 * PAGE) == 0
z = frame(p)
madvise(p, 4 * PAGE, MADV_FREE) == 0
frame(p) == z
frame(p + PAGE) == z
pagemap(p) & (PM_PRESENT | PM_MMAP_EXCLUSIVE) == PM_PRESENT
pagemap(p + 2 * PAGE) == 0
pagemap(p + 3 * PAGE) == 0
read(p, 4 * PAGE) == 0
