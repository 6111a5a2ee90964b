# A page inside a VMA that was never touched has pagemap entry 0, even when its neighbour's page table exists.
require !soft_dirty
r = mmap(NULL, 8 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 2 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
pagemap(p) == 0
write(p + PAGE, 1, 'a')
pagemap(p + PAGE) == PM_PRESENT | PM_MMAP_EXCLUSIVE
# anonymous faults map one page only: no fault-around for anonymous memory
pagemap(p) == 0
pagemap(p + 2 * PAGE) == 0
pagemap(p + 3 * PAGE) == 0
# the PROT_NONE carve-out around it is a VMA too, with nothing mapped
pagemap(r) == 0
frame(p) == NONE
