# One mprotect over three adjacent unfaulted VMAs of different protections gives them one protection and merges them into one VMA.
r = mmap(NULL, 32 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = mmap(r + 4 * PAGE, 2 * PAGE, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
b = mmap(r + 6 * PAGE, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
c = mmap(r + 8 * PAGE, 2 * PAGE, PROT_READ | PROT_EXEC, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
vma(b) == [b, c)
mprotect(a, 6 * PAGE, PROT_READ | PROT_WRITE)
vma(a) == [a, a + 6 * PAGE)
vma_prot(c) == "rw-p"
