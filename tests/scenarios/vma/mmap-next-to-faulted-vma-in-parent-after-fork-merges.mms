# In the parent after fork, its faulted VMA keeps a singular anon_vma chain: a new mapping next to it still merges.
r = mmap(NULL, 32 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = mmap(r + 4 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
write(a, 4 * PAGE, 'a')
c = fork()
m = mmap(r + 8 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
vma(m) == [a, a + 8 * PAGE)
@c vma(a) == [a, a + 4 * PAGE)
@c exit()
