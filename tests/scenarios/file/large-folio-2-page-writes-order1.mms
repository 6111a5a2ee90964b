# pwrites of 2 pages at even page offsets cache order-1 (2-page) folios: head on each even page, tail on each odd one.
require files
require fault_around_bytes >= 65536
require root
require scratch_fs == ext4
fd = open("data", O_RDWR | O_CREAT, 0600)
for i in 0..8: pwrite(fd, 'x', 2 * PAGE, 2 * i * PAGE) == 2 * PAGE
r = mmap(NULL, 64 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + 16 * PAGE) & ~(16 * PAGE - 1)
p = mmap(a, 16 * PAGE, PROT_READ, MAP_SHARED | MAP_FIXED, fd, 0)
read(p) == 'x'
for i in 0..8: kpageflags(p + 2 * i * PAGE) & (KPF_THP | KPF_COMPOUND_HEAD | KPF_COMPOUND_TAIL) == KPF_THP | KPF_COMPOUND_HEAD
for i in 0..8: kpageflags(p + (2 * i + 1) * PAGE) & (KPF_THP | KPF_COMPOUND_HEAD | KPF_COMPOUND_TAIL) == KPF_THP | KPF_COMPOUND_TAIL
