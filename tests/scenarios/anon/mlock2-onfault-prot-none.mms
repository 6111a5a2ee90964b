# mlock2(MLOCK_ONFAULT) of a PROT_NONE anonymous range succeeds (nothing is populated) and sets "lo" and "lf".
require !soft_dirty
p = mmap(NULL, 4 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
mlock2(p, 4 * PAGE, MLOCK_ONFAULT) == 0
vmflag(p, "lo") == 1
vmflag(p, "lf") == 1
pagemap(p) == 0
