# mlock2(MLOCK_ONFAULT) is not inherited across fork either: the child's VMA has neither "lo" nor "lf".
p = mmap(NULL, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
mlock2(p, 2 * PAGE, MLOCK_ONFAULT) == 0
c = fork()
@c vmflag(p, "lo") == 0
@c vmflag(p, "lf") == 0
vmflag(p, "lf") == 1
@c exit()
