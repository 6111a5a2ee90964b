# MADV_RANDOM on part of a VMA sets VM_RAND_READ and splits it ("rr"); MADV_NORMAL clears it and the VMA merges back.
r = mmap(NULL, 32 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 4 * PAGE, 12 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
madvise(p + 4 * PAGE, 4 * PAGE, MADV_RANDOM)
vma(p + 4 * PAGE) == [p + 4 * PAGE, p + 8 * PAGE)
vmflag(p + 4 * PAGE, "rr") == 1
madvise(p + 4 * PAGE, 4 * PAGE, MADV_NORMAL)
vma(p + 4 * PAGE) == [p, p + 12 * PAGE)
