# A freshly mapped private anonymous page that was never accessed has no pagemap entry (0), no frame, and a mapcount and kpageflags of 0.
require !soft_dirty
p = mmap(NULL, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
pagemap(p) == 0
pagemap(p + 3 * PAGE) == 0
frame(p) == NONE
mapcount(p) == 0
kpageflags(p) == 0
