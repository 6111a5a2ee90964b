# A MAP_LOCKED mapping (VM_LOCKED, populated) does not merge with an unlocked neighbour; munlock makes them one VMA.
r = mmap(NULL, 32 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 4 * PAGE, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED | MAP_LOCKED, -1, 0)
q = mmap(r + 6 * PAGE, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
vma(p) == [p, q)
vmflag(p, "lo") == 1
pagemap(p) & PM_PRESENT == PM_PRESENT
munlock(p, 2 * PAGE)
vma(p) == [p, q + 2 * PAGE)
