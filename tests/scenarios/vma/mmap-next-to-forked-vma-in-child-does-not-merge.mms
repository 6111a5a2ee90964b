# In a child, a VMA faulted before fork has a non-singular anon_vma chain ("forked"): a new mapping next to it does not merge.
r = mmap(NULL, 32 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = mmap(r + 4 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
write(a, 4 * PAGE, 'a')
c = fork()
@c m = mmap(r + 8 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
@c vma(m) == [m, m + 4 * PAGE)
@c vma(a) == [a, m)
@c read(a, 4 * PAGE) == 'a'
@c exit()
