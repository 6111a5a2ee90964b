# MREMAP_DONTUNMAP of part of a locked VMA unlocks the whole source VMA without walking it: the pages left there keep their locks and stay KPF_MLOCKED in a VMA that is not locked, and munlock() of that VMA, unlocked already, does not take them away. The pages moved keep theirs in the locked destination.
require !soft_dirty
require root
r = mmap(NULL, 32 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = mmap(r + 2 * PAGE, 8 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
write(a, 8 * PAGE, 'a') == 0
mlock(a, 8 * PAGE) == 0
d = r + 24 * PAGE
mremap(a + 2 * PAGE, 2 * PAGE, 2 * PAGE, MREMAP_MAYMOVE | MREMAP_FIXED | MREMAP_DONTUNMAP, d) == d
vmflag(a, "lo") == 0
smaps(a, "Locked") == 0
for i in 0..2: kpageflags(a + i * PAGE) & KPF_MLOCKED == KPF_MLOCKED
for i in 4..8: kpageflags(a + i * PAGE) & KPF_MLOCKED == KPF_MLOCKED
pagemap(a + 2 * PAGE) == 0
vmflag(d, "lo") == 1
for i in 0..2: kpageflags(d + i * PAGE) & KPF_MLOCKED == KPF_MLOCKED
munlock(a, 8 * PAGE) == 0
for i in 0..2: kpageflags(a + i * PAGE) & KPF_MLOCKED == KPF_MLOCKED
for i in 4..8: kpageflags(a + i * PAGE) & KPF_MLOCKED == KPF_MLOCKED
read(a, 2 * PAGE) == 'a'
