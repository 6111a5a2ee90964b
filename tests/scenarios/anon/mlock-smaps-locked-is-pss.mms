# smaps Locked counts the proportional set size: while a forked child shares the parent's mlocked pages, the parent's Locked is half their size; it is whole again once the child exits.
require root
p = mmap(NULL, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
mlock(p, 2 * PAGE) == 0
write(p, 2 * PAGE, 'i')
smaps(p, "Locked") == 2 * PAGE
c = fork()
mapcount(p) == 2
smaps(p, "Locked") == PAGE
smaps(p, "Pss") == PAGE
@c exit()
smaps(p, "Locked") == 2 * PAGE
