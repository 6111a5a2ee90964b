# mseal over a whole VMA seals it in place: one VMA, same bounds, now with "sl".
r = mmap(NULL, 32 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 4 * PAGE, 8 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
mseal(p, 8 * PAGE, 0)
vma(p) == [p, p + 8 * PAGE)
vmflag(p, "sl") == 1
vma(r) == [r, p)
vmflag(r, "sl") == 0
