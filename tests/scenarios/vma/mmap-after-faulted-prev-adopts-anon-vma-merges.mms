# A new mapping right after a faulted VMA merges with it (it adopts the neighbour's anon_vma); the old data stays, the new part reads zero.
r = mmap(NULL, 32 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = mmap(r + 4 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
write(a, 4 * PAGE, 'a')
m = mmap(r + 8 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
vma(m) == [a, a + 8 * PAGE)
read(a, 4 * PAGE) == 'a'
read(m, 4 * PAGE) == 0
write(m, 4 * PAGE, 'm')
vma(a) == [a, a + 8 * PAGE)
mprotect(m, 4 * PAGE, PROT_READ)
vma(a) == [a, m)
mprotect(m, 4 * PAGE, PROT_READ | PROT_WRITE)
vma(a) == [a, a + 8 * PAGE)
