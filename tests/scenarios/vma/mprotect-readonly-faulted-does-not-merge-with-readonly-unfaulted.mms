# A faulted VMA made read-only keeps VM_ACCOUNT while an unfaulted read-only one has none: equal "r--p" neighbours that do not merge.
r = mmap(NULL, 32 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
m = mmap(r + 4 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
b = mmap(r + 8 * PAGE, 4 * PAGE, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
write(m, 4 * PAGE, 'm')
mprotect(m, 4 * PAGE, PROT_READ)
vma_prot(m) == "r--p"
vma_prot(b) == "r--p"
vma(m) == [m, b)
vma(b) == [b, b + 4 * PAGE)
vmflag(m, "ac") == 1
vmflag(b, "ac") == 0
