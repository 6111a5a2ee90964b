# With shmem_enabled "never" (these machines) memfd pages are always order-0 folios: a 64 KiB pwrite and a write fault alike give pages without KPF_THP or compound bits.
require files
require fault_around_bytes >= 65536
require root
m = memfd_create("m", 0)
ftruncate(m, 32 * PAGE)
pwrite(m, 'm', 16 * PAGE, 0) == 16 * PAGE
r = mmap(NULL, 64 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + 16 * PAGE) & ~(16 * PAGE - 1)
s = mmap(a, 32 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_FIXED, m, 0)
read(s) == 'm'
write(s + 16 * PAGE, 1, 'w')
for i in 0..17: kpageflags(s + i * PAGE) & (KPF_THP | KPF_COMPOUND_HEAD | KPF_COMPOUND_TAIL) == 0
smaps(s, "ShmemPmdMapped") == 0
smaps(s, "Rss") == 17 * PAGE
