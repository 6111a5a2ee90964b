# smaps Rss counts the pages mapped in the VMA: it grows with each write fault and shrinks when MADV_DONTNEED unmaps pages, which then read pagemap 0.
require !soft_dirty
r = mmap(NULL, 16 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 4 * PAGE, 8 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
smaps(p, "Rss") == 0
write(p, 1, 'a')
smaps(p, "Rss") == PAGE
write(p + 3 * PAGE, 1, 'b')
smaps(p, "Rss") == 2 * PAGE
write(p, 8 * PAGE, 'c')
smaps(p, "Rss") == 8 * PAGE
# writing again to present pages adds nothing
write(p, 8 * PAGE, 'd')
smaps(p, "Rss") == 8 * PAGE
madvise(p + 2 * PAGE, 3 * PAGE, MADV_DONTNEED) == 0
smaps(p, "Rss") == 5 * PAGE
pagemap(p + 2 * PAGE) == 0
pagemap(p + 4 * PAGE) == 0
pagemap(p + 5 * PAGE) == PM_PRESENT | PM_MMAP_EXCLUSIVE
madvise(p, 8 * PAGE, MADV_DONTNEED) == 0
smaps(p, "Rss") == 0
smaps(p, "Size") == 8 * PAGE
