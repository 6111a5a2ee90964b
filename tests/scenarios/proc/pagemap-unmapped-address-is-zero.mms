# pagemap of an address that no VMA contains is 0; frame() is NONE and kpagecount/kpageflags read 0 there.
require !soft_dirty
r = mmap(NULL, 8 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 2 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
write(p, 4 * PAGE, 'a')
pagemap(p + PAGE) == PM_PRESENT | PM_MMAP_EXCLUSIVE
munmap(p + PAGE, PAGE)
vma(p + PAGE) == NONE
pagemap(p + PAGE) == 0
frame(p + PAGE) == NONE
mapcount(p + PAGE) == 0
kpageflags(p + PAGE) == 0
# the pages either side of the hole are untouched by the munmap
pagemap(p) == PM_PRESENT | PM_MMAP_EXCLUSIVE
pagemap(p + 2 * PAGE) == PM_PRESENT | PM_MMAP_EXCLUSIVE
# a whole unmapped carve-out reads 0 as well
munmap(r, 8 * PAGE)
pagemap(p) == 0
pagemap(r) == 0
