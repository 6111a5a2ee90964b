# A 16-page pwrite starting at page 1 is cached as folios of orders 0, 1, 2, 3, 0 at pages 1, 2, 4, 8, 16: each folio is naturally aligned in the file and no larger than what is left to write.
require files
require fault_around_bytes >= 65536
require root
require scratch_fs == ext4
fd = open("data", O_RDWR | O_CREAT, 0600)
pwrite(fd, 'x', 16 * PAGE, PAGE) == 16 * PAGE
r = mmap(NULL, 64 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + 16 * PAGE) & ~(16 * PAGE - 1)
p = mmap(a, 17 * PAGE, PROT_READ, MAP_SHARED | MAP_FIXED, fd, 0)
read(p + PAGE) == 'x'
read(p + 16 * PAGE) == 'x'
h = KPF_THP | KPF_COMPOUND_HEAD
t = KPF_THP | KPF_COMPOUND_TAIL
m = KPF_THP | KPF_COMPOUND_HEAD | KPF_COMPOUND_TAIL
kpageflags(p + PAGE) & m == 0
kpageflags(p + 2 * PAGE) & m == h
kpageflags(p + 3 * PAGE) & m == t
kpageflags(p + 4 * PAGE) & m == h
for i in 5..8: kpageflags(p + i * PAGE) & m == t
kpageflags(p + 8 * PAGE) & m == h
for i in 9..16: kpageflags(p + i * PAGE) & m == t
kpageflags(p + 16 * PAGE) & m == 0
# page 0 was never written: a hole, read in later as an order-0 folio
read(p) == 0
kpageflags(p) & m == 0
