# A PROT_NONE anonymous MAP_FIXED mapping inside the PROT_NONE carve-out merges with the carve-out on both sides: one VMA again.
r = mmap(NULL, 32 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
m = mmap(r + 8 * PAGE, 4 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
m == r + 8 * PAGE
vma(m) == [r, r + 32 * PAGE)
vma_prot(m) == "---p"
