# In a child, an unfaulted VMA made equal to a neighbour that was faulted before fork (forked) does not merge with it.
r = mmap(NULL, 32 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = mmap(r + 4 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
m = mmap(r + 8 * PAGE, 4 * PAGE, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
write(a, 4 * PAGE, 'a')
c = fork()
@c mprotect(m, 4 * PAGE, PROT_READ | PROT_WRITE)
@c vma(a) == [a, m)
@c vma(m) == [m, m + 4 * PAGE)
@c vma_prot(m) == "rw-p"
@c exit()
mprotect(m, 4 * PAGE, PROT_READ | PROT_WRITE)
vma(a) == [a, m + 4 * PAGE)
