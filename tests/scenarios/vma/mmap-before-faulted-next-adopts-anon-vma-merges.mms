# A new mapping right before a faulted VMA merges with it (it adopts the neighbour's anon_vma); the old data stays.
r = mmap(NULL, 32 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
b = mmap(r + 8 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
write(b, 4 * PAGE, 'b')
m = mmap(r + 4 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
vma(m) == [m, b + 4 * PAGE)
read(b, 4 * PAGE) == 'b'
read(m, 4 * PAGE) == 0
