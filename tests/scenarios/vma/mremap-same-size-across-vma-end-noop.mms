# mremap with old_len == new_len and no flags returns addr and changes nothing, even if the range crosses a VMA end.
r = mmap(NULL, 32 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 4 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
q = mmap(r + 8 * PAGE, 4 * PAGE, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
mremap(p, 8 * PAGE, 8 * PAGE, 0) == p
vma(p) == [p, q)
vma(q) == [q, q + 4 * PAGE)
