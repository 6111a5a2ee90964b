# Pages of an mlocked range have KPF_MLOCKED in kpageflags, both pages written before mlock and pages mlock itself populated.
require root
p = mmap(NULL, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
write(p, 2 * PAGE, 'm')
kpageflags(p) & KPF_MLOCKED == 0
mlock(p, 4 * PAGE) == 0
for i in 0..4: kpageflags(p + i * PAGE) & KPF_MLOCKED == KPF_MLOCKED
read(p, 2 * PAGE) == 'm'
