# A written private anonymous page mapped once reads exactly PM_PRESENT | PM_MMAP_EXCLUSIVE (no FILE, SWAP, soft-dirty or other bits).
require !soft_dirty
require root
p = mmap(NULL, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
write(p, 4 * PAGE, 'a')
for i in 0..4: pagemap(p + i * PAGE) == PM_PRESENT | PM_MMAP_EXCLUSIVE
mapcount(p) == 1
# write protection does not change the entry
mprotect(p, 4 * PAGE, PROT_READ)
pagemap(p + PAGE) == PM_PRESENT | PM_MMAP_EXCLUSIVE
# nor does PROT_NONE: the page stays present behind an inaccessible PTE
mprotect(p, 4 * PAGE, PROT_NONE)
pagemap(p + 2 * PAGE) == PM_PRESENT | PM_MMAP_EXCLUSIVE
