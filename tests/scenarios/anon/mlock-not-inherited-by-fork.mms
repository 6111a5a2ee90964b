# Memory locks are not inherited across fork: the child's copy of an mlocked VMA has no "lo" in VmFlags and smaps Locked 0, while the parent's VMA stays locked.
p = mmap(NULL, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
mlock(p, 2 * PAGE) == 0
write(p, 2 * PAGE, 'i')
c = fork()
@c vmflag(p, "lo") == 0
@c smaps(p, "Locked") == 0
@c read(p, 2 * PAGE) == 'i'
vmflag(p, "lo") == 1
@c exit()
vmflag(p, "lo") == 1
smaps(p, "Locked") == 2 * PAGE
