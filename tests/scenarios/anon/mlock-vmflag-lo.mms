# mlock sets VmFlags "lo" (VM_LOCKED) but not "lf" (lock on fault) on the locked VMA.
p = mmap(NULL, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
vmflag(p, "lo") == 0
mlock(p, 2 * PAGE) == 0
vmflag(p, "lo") == 1
vmflag(p, "lf") == 0
