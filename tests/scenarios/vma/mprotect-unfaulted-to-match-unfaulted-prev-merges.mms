# An unfaulted VMA whose protection is changed to match its unfaulted prev merges with it.
r = mmap(NULL, 32 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = mmap(r + 4 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
m = mmap(r + 8 * PAGE, 4 * PAGE, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
vma(a) == [a, m)
mprotect(m, 4 * PAGE, PROT_READ | PROT_WRITE)
vma(a) == [a, m + 4 * PAGE)
