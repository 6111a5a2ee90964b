# MADV_DOFORK clears a previous MADV_DONTFORK: VmFlags loses "dc" and a forked child has the VMA and shares its pages again.
require root
p = mmap(NULL, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
write(p, 2 * PAGE, 'o')
madvise(p, 2 * PAGE, MADV_DONTFORK) == 0
vmflag(p, "dc") == 1
madvise(p, 2 * PAGE, MADV_DOFORK) == 0
vmflag(p, "dc") == 0
c = fork()
@c vma(p) == [p, p + 2 * PAGE)
@c read(p, 2 * PAGE) == 'o'
mapcount(p) == 2
@c exit()
