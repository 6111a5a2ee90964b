# mseal on the middle of a VMA sets VM_SEALED ("sl") there and splits the VMA in three.
r = mmap(NULL, 32 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 4 * PAGE, 12 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
mseal(p + 4 * PAGE, 4 * PAGE, 0)
vma(p) == [p, p + 4 * PAGE)
vma(p + 4 * PAGE) == [p + 4 * PAGE, p + 8 * PAGE)
vma(p + 8 * PAGE) == [p + 8 * PAGE, p + 12 * PAGE)
vmflag(p + 4 * PAGE, "sl") == 1
vmflag(p, "sl") == 0
