# A new mapping next to a sealed VMA (same protection) does not merge with it: VM_SEALED differs.
r = mmap(NULL, 32 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 4 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
mseal(p, 4 * PAGE, 0)
m = mmap(r + 8 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
vma(p) == [p, m)
vma(m) == [m, m + 4 * PAGE)
vmflag(m, "sl") == 0
