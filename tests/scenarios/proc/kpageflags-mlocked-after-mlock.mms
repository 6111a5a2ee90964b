# mlock sets KPF_MLOCKED at once on every page of the range, those it populates and those already present; MLOCK_ONFAULT sets it on each page as it faults. (KPF_UNEVICTABLE follows when per-CPU batches drain: not checked.)
require root
r = mmap(NULL, 16 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 4 * PAGE, 8 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
write(p, PAGE, 'a')
kpageflags(p) & KPF_MLOCKED == 0
mlock(p, 4 * PAGE)
for i in 0..4: kpageflags(p + i * PAGE) & (KPF_MLOCKED | KPF_ANON) == KPF_MLOCKED | KPF_ANON
# outside the locked range nothing was populated
kpageflags(p + 4 * PAGE) == 0
mlock2(p + 4 * PAGE, 4 * PAGE, MLOCK_ONFAULT)
kpageflags(p + 4 * PAGE) == 0
write(p + 5 * PAGE, 1, 'b')
kpageflags(p + 5 * PAGE) & KPF_MLOCKED == KPF_MLOCKED
kpageflags(p + 6 * PAGE) == 0
