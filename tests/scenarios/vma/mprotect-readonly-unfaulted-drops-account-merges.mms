# An unfaulted writable VMA made read-only drops VM_ACCOUNT and merges with an unfaulted read-only neighbour.
r = mmap(NULL, 32 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
m = mmap(r + 4 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
b = mmap(r + 8 * PAGE, 4 * PAGE, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
vma(m) == [m, b)
vmflag(m, "ac") == 1
mprotect(m, 4 * PAGE, PROT_READ)
vma(m) == [m, b + 4 * PAGE)
vmflag(m, "ac") == 0
