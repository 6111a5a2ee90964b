# An unfaulted VMA merged into the PROT_NONE carve-out by mprotect(PROT_NONE) splits out again with mprotect(PROT_READ | PROT_WRITE), regaining VM_ACCOUNT.
r = mmap(NULL, 32 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 4 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
mprotect(p, 4 * PAGE, PROT_NONE)
vma(p) == [r, r + 32 * PAGE)
mprotect(p, 4 * PAGE, PROT_READ | PROT_WRITE)
vma(p) == [p, p + 4 * PAGE)
vma(r) == [r, p)
vma(p + 4 * PAGE) == [p + 4 * PAGE, r + 32 * PAGE)
vmflag(p, "ac") == 1
