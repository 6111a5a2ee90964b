# munlock of the locked middle part clears VM_LOCKED and the three VMAs merge back into one (they share the anon_vma that mlock's population created).
r = mmap(NULL, 32 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 4 * PAGE, 12 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
mlock(p + 4 * PAGE, 4 * PAGE)
vma(p + 4 * PAGE) == [p + 4 * PAGE, p + 8 * PAGE)
munlock(p + 4 * PAGE, 4 * PAGE)
vma(p) == [p, p + 12 * PAGE)
vmflag(p, "lo") == 0
