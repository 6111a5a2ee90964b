# MAP_LOCKED, then fork: the child's copy of the VMA is not locked, and mapping the parent's pages adds no locks to them. The parent's munlock() of part of the range clears KPF_MLOCKED on those pages though the child still maps them; the pages the parent keeps locked stay mlocked, whatever the child's munlock() says.
require root
r = mmap(NULL, 16 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 2 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED | MAP_LOCKED, -1, 0)
write(p, 4 * PAGE, 'p') == 0
for i in 0..4: kpageflags(p + i * PAGE) & (KPF_MLOCKED | KPF_ANON) == KPF_MLOCKED | KPF_ANON
c = fork()
@c vmflag(p, "lo") == 0
@c smaps(p, "Locked") == 0
for i in 0..4: @c mapcount(p + i * PAGE) == 2
munlock(p, 2 * PAGE) == 0
vma(p) == [p, p + 2 * PAGE)
vmflag(p + 2 * PAGE, "lo") == 1
for i in 0..2: @c kpageflags(p + i * PAGE) & KPF_MLOCKED == 0
for i in 2..4: @c kpageflags(p + i * PAGE) & KPF_MLOCKED == KPF_MLOCKED
# the child's VMA is unlocked already: its munlock() does nothing
@c munlock(p, 4 * PAGE) == 0
for i in 2..4: @c kpageflags(p + i * PAGE) & KPF_MLOCKED == KPF_MLOCKED
@c read(p, 4 * PAGE) == 'p'
@c exit()
smaps(p + 2 * PAGE, "Locked") == 2 * PAGE
