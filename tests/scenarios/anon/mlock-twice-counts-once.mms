# mlock() over a range that is locked already counts no more locks (mlock_fixup() leaves a locked VMA's pages alone), nor does turning MLOCK_ONFAULT into a full lock: one munlock() clears KPF_MLOCKED.
require root
r = mmap(NULL, 16 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 2 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
mlock(p, 4 * PAGE) == 0
mlock(p, 4 * PAGE) == 0
# a part of it: its flags do not change, so the VMA is not even split
mlock(p + PAGE, 2 * PAGE) == 0
vma(p) == [p, p + 4 * PAGE)
for i in 0..4: kpageflags(p + i * PAGE) & KPF_MLOCKED == KPF_MLOCKED
munlock(p, 4 * PAGE) == 0
for i in 0..4: kpageflags(p + i * PAGE) & KPF_MLOCKED == 0
# MLOCK_ONFAULT locks the page a write faults in, and nothing else
q = mmap(r + 8 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
mlock2(q, 4 * PAGE, MLOCK_ONFAULT) == 0
write(q, 1, 'a') == 0
kpageflags(q) & KPF_MLOCKED == KPF_MLOCKED
kpageflags(q + PAGE) == 0
# mlock() makes the VMA fully locked: it populates the rest, and leaves the faulted page counted once
mlock(q, 4 * PAGE) == 0
vmflag(q, "lo") == 1
for i in 0..4: kpageflags(q + i * PAGE) & KPF_MLOCKED == KPF_MLOCKED
munlock(q, 4 * PAGE) == 0
for i in 0..4: kpageflags(q + i * PAGE) & KPF_MLOCKED == 0
