# In a child, the parts of a faulted VMA split before fork (MADV_DONTDUMP) do not merge back when MADV_DODUMP undoes the split: each part got its own anon_vma at fork. The parent's parts do merge.
r = mmap(NULL, 32 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 4 * PAGE, 12 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
write(p, 12 * PAGE, 'p')
madvise(p + 4 * PAGE, 4 * PAGE, MADV_DONTDUMP)
c = fork()
@c madvise(p + 4 * PAGE, 4 * PAGE, MADV_DODUMP)
@c vma(p) == [p, p + 4 * PAGE)
@c vma(p + 4 * PAGE) == [p + 4 * PAGE, p + 8 * PAGE)
@c vma(p + 8 * PAGE) == [p + 8 * PAGE, p + 12 * PAGE)
@c vmflag(p + 4 * PAGE, "dd") == 0
@c exit()
madvise(p + 4 * PAGE, 4 * PAGE, MADV_DODUMP)
vma(p + 4 * PAGE) == [p, p + 12 * PAGE)
