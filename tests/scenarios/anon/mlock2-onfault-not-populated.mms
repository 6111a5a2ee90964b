# mlock2(MLOCK_ONFAULT) locks the VMA (VmFlags "lo" and "lf") without populating it; a later write fault maps a page that is mlocked at once and counted in Locked.
require !soft_dirty
require root
p = mmap(NULL, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
mlock2(p, 4 * PAGE, MLOCK_ONFAULT) == 0
vmflag(p, "lo") == 1
vmflag(p, "lf") == 1
for i in 0..4: pagemap(p + i * PAGE) == 0
smaps(p, "Rss") == 0
write(p + PAGE, 1, 'o')
kpageflags(p + PAGE) & KPF_MLOCKED == KPF_MLOCKED
smaps(p, "Locked") == PAGE
pagemap(p) == 0
pagemap(p + 2 * PAGE) == 0
