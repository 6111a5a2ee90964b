# mmap rounds a hint down to its page before raising one below mmap_min_addr (round_hint_to_min()): a hint within page 0 is no hint at all, and the mapping goes top-down where a NULL hint would put it, not to the lowest address a hint may ask for
a = mmap(0x800, PAGE, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
vma(0x10000) == NONE
vma(0x1000) == NONE
# the next mapping without a hint goes right below it, and the two merge
b = mmap(NULL, PAGE, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
vma(a) == [b, a + PAGE)
