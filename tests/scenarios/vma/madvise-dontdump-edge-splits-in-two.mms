# MADV_DONTDUMP on the last pages of a VMA splits it in two; applying it to the rest makes one VMA again.
r = mmap(NULL, 32 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 4 * PAGE, 8 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
madvise(p + 6 * PAGE, 2 * PAGE, MADV_DONTDUMP)
vma(p) == [p, p + 6 * PAGE)
vma(p + 6 * PAGE) == [p + 6 * PAGE, p + 8 * PAGE)
madvise(p, 6 * PAGE, MADV_DONTDUMP)
vma(p) == [p, p + 8 * PAGE)
vmflag(p, "dd") == 1
