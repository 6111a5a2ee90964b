# at vm.max_map_count, munmap of a page in the middle of a VMA fails with -ENOMEM, but unmapping the first or last pages of a VMA still works, where mprotect of the same page cannot
# a 150000-page PROT_NONE carve-out with a 10-page PROT_READ VMA near its end.
# Unmapping every other page of the first 140000 pages adds one VMA per call: 70000 calls
# reach the cap whatever the process had before; `!= 1` accepts both 0 and -ENOMEM.
require vm.max_map_count <= 70000
r = mmap(NULL, 150000 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
v = r + 145000 * PAGE
mprotect(v, 10 * PAGE, PROT_READ)
for i in 0..70000: munmap(r + (2 * i + 1) * PAGE, PAGE) != 1
vma(r + PAGE) == NONE
vma(r + 2 * PAGE) == [r + 2 * PAGE, r + 3 * PAGE)
vma(r + 139999 * PAGE) != NONE
# a page in the middle of v
munmap(v + 4 * PAGE, PAGE) == -ENOMEM
munmap(v + 4 * PAGE, 2 * PAGE) == -ENOMEM
vma(v) == [v, v + 10 * PAGE)
# the first and the last page of v: no new VMA
munmap(v, PAGE) == 0
munmap(v + 9 * PAGE, PAGE) == 0
vma(v + PAGE) == [v + PAGE, v + 9 * PAGE)
# mprotect of an edge page needs a split, which the cap refuses
mprotect(v + PAGE, PAGE, PROT_NONE) == -ENOMEM
mprotect(v + 8 * PAGE, PAGE, PROT_NONE) == -ENOMEM
vma(v + PAGE) == [v + PAGE, v + 9 * PAGE)
# the whole VMA goes
munmap(v + PAGE, 8 * PAGE) == 0
vma(v + PAGE) == NONE
