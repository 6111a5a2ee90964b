# merge matrix: an existing forked VMA whose flags change back (MADV_DODUMP) between a forked prev and a unfaulted next
# ("forked" = faulted in the parent before fork, seen from the child)
r = mmap(NULL, 16 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
m = mmap(r + 6 * PAGE, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
madvise(m, 2 * PAGE, MADV_DONTDUMP)
a = mmap(r + 4 * PAGE, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
b = mmap(r + 8 * PAGE, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
write(a, 2 * PAGE, 'p')
write(m, 2 * PAGE, 'p')
c = fork()
@c madvise(m, 2 * PAGE, MADV_DODUMP)
@c vma(m) == [m, b)
@c read(m, 2 * PAGE) == 'p'
