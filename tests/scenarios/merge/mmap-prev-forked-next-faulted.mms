# merge matrix: a new mapping (mmap) between a forked prev and a faulted next
# ("forked" = faulted in the parent before fork, seen from the child)
r = mmap(NULL, 16 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = mmap(r + 4 * PAGE, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
b = mmap(r + 8 * PAGE, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
write(a, 2 * PAGE, 'p')
c = fork()
@c write(b, 2 * PAGE, 'c')
@c m = mmap(r + 6 * PAGE, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
@c vma(m) == [m, b + 2 * PAGE)
@c read(m, 2 * PAGE) == 0
