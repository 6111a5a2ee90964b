# 5-page pwrites: at page 0 an order-2 folio then an order-0; at page 5 an order-0, then order-1 at 6 and order-1 at 8 (each folio as large as both the remaining length and the index alignment allow).
require files
require fault_around_bytes >= 65536
require root
require scratch_fs == ext4
fd = open("data", O_RDWR | O_CREAT, 0600)
pwrite(fd, 'x', 5 * PAGE, 0) == 5 * PAGE
pwrite(fd, 'y', 5 * PAGE, 5 * PAGE) == 5 * PAGE
r = mmap(NULL, 64 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + 16 * PAGE) & ~(16 * PAGE - 1)
p = mmap(a, 10 * PAGE, PROT_READ, MAP_SHARED | MAP_FIXED, fd, 0)
read(p) == 'x'
h = KPF_THP | KPF_COMPOUND_HEAD
t = KPF_THP | KPF_COMPOUND_TAIL
m = KPF_THP | KPF_COMPOUND_HEAD | KPF_COMPOUND_TAIL
kpageflags(p) & m == h
for i in 1..4: kpageflags(p + i * PAGE) & m == t
kpageflags(p + 4 * PAGE) & m == 0
kpageflags(p + 5 * PAGE) & m == 0
kpageflags(p + 6 * PAGE) & m == h
kpageflags(p + 7 * PAGE) & m == t
kpageflags(p + 8 * PAGE) & m == h
kpageflags(p + 9 * PAGE) & m == t
