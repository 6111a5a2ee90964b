# mprotect(PROT_NONE) on an unfaulted anonymous VMA drops VM_ACCOUNT, so it merges with the adjacent PROT_NONE carve-out.
r = mmap(NULL, 32 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 4 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
vmflag(p, "ac") == 1
vmflag(r, "ac") == 0
mprotect(p, 4 * PAGE, PROT_NONE)
vma(p) == [r, r + 32 * PAGE)
vma_prot(p) == "---p"
vmflag(p, "ac") == 0
