# mremap shrinking (no FIXED) does not check that old_len stays inside the VMA: it just unmaps [addr + new_len, addr + old_len), across VMA ends.
r = mmap(NULL, 32 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 4 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
q = mmap(r + 8 * PAGE, 4 * PAGE, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
mremap(p, 8 * PAGE, 2 * PAGE, 0) == p
vma(p) == [p, p + 2 * PAGE)
vma(p + 2 * PAGE) == NONE
vma(q) == NONE
vma(q + 3 * PAGE) == NONE
vma(q + 4 * PAGE) == [q + 4 * PAGE, r + 32 * PAGE)
