# munmap over a range with holes (or a range that is all hole) succeeds: there is no -ENOMEM for unmapped parts
r = mmap(NULL, 32 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
munmap(r + 8 * PAGE, 16 * PAGE)
a = mmap(r + 8 * PAGE, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
b = mmap(r + 14 * PAGE, 2 * PAGE, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
vma(r + 11 * PAGE) == NONE
# hole, a, hole, b, hole
munmap(r + 7 * PAGE, 12 * PAGE) == 0
vma(a) == NONE
vma(b) == NONE
vma(r + 6 * PAGE) == [r, r + 7 * PAGE)
# a range that is entirely unmapped
munmap(r + 8 * PAGE, 16 * PAGE) == 0
munmap(r + 8 * PAGE, PAGE) == 0
vma(r + 24 * PAGE) == [r + 24 * PAGE, r + 32 * PAGE)
