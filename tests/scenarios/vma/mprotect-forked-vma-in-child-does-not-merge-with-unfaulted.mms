# In a child, a VMA faulted before fork ("forked": its anon_vma chain is not singular) does not merge with an unfaulted neighbour after mprotect makes them equal.
r = mmap(NULL, 32 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = mmap(r + 4 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
write(a, 4 * PAGE, 'a')
mprotect(a, 4 * PAGE, PROT_READ)
m = mmap(r + 8 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
vma(a) == [a, m)
c = fork()
@c mprotect(a, 4 * PAGE, PROT_READ | PROT_WRITE)
@c vma(a) == [a, m)
@c vma(m) == [m, m + 4 * PAGE)
@c vma_prot(a) == "rw-p"
@c read(a, 4 * PAGE) == 'a'
@c exit()
