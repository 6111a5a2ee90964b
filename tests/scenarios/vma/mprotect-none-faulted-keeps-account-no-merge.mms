# mprotect(PROT_NONE) on a faulted anonymous VMA keeps VM_ACCOUNT, so it does not merge with the adjacent PROT_NONE carve-out.
r = mmap(NULL, 32 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 4 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
write(p, 4 * PAGE, 'p')
mprotect(p, 4 * PAGE, PROT_NONE)
vma(p) == [p, p + 4 * PAGE)
vma(r) == [r, p)
vma_prot(p) == "---p"
vmflag(p, "ac") == 1
vmflag(r, "ac") == 0
