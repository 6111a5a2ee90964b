# munlock of an mlock2(MLOCK_ONFAULT) range clears both "lo" and "lf"; later faults map ordinary, unlocked pages.
require root
p = mmap(NULL, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
mlock2(p, 2 * PAGE, MLOCK_ONFAULT) == 0
munlock(p, 2 * PAGE) == 0
vmflag(p, "lo") == 0
vmflag(p, "lf") == 0
write(p, 1, 'f')
kpageflags(p) & KPF_MLOCKED == 0
smaps(p, "Locked") == 0
