# One munlock over a locked middle part and its unfaulted neighbours clears VM_LOCKED and leaves a single VMA.
r = mmap(NULL, 32 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 4 * PAGE, 12 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
mlock(p + 4 * PAGE, 4 * PAGE)
vma(p) == [p, p + 4 * PAGE)
munlock(p, 12 * PAGE)
vma(p) == [p, p + 12 * PAGE)
