# MADV_DONTNEED removes the PTEs of the range: pagemap 0, no frame, Rss drops; the VMA itself stays.
require !soft_dirty
r = mmap(NULL, 8 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 2 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
write(p, 4 * PAGE, 'd')
smaps(p, "Rss") == 4 * PAGE
madvise(p, 2 * PAGE, MADV_DONTNEED) == 0
pagemap(p) == 0
pagemap(p + PAGE) == 0
frame(p) == NONE
mapcount(p) == 0
pagemap(p + 2 * PAGE) & (PM_PRESENT | PM_MMAP_EXCLUSIVE) == PM_PRESENT | PM_MMAP_EXCLUSIVE
smaps(p, "Rss") == 2 * PAGE
vma(p) == [p, p + 4 * PAGE)
