# MADV_KEEPONFORK clears a previous MADV_WIPEONFORK: the flag is gone and a forked child shares the parent's pages and data again.
require root
p = mmap(NULL, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
write(p, 2 * PAGE, 'k')
madvise(p, 2 * PAGE, MADV_WIPEONFORK) == 0
madvise(p, 2 * PAGE, MADV_KEEPONFORK) == 0
vmflag(p, "wf") == 0
f = frame(p)
c = fork()
@c read(p, 2 * PAGE) == 'k'
@c frame(p) == f
mapcount(p) == 2
@c exit()
