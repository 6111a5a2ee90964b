# MADV_DONTFORK on MAP_SHARED | MAP_ANONYMOUS leaves the region out of the child (no VMA, SIGSEGV); the parent keeps it and its data.
require files
s = mmap(NULL, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0)
write(s, 2 * PAGE, 's')
madvise(s, 2 * PAGE, MADV_DONTFORK) == 0
vmflag(s, "dc") == 1
c = fork()
@c vma(s) == NONE
@c read(s) == SIGSEGV
read(s, 2 * PAGE) == 's'
madvise(s, 2 * PAGE, MADV_DOFORK) == 0
d = fork()
@d read(s, 2 * PAGE) == 's'
