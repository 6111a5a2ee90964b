# A pwrite over a range already cached writes into the folios that are there: after a 4-page write, a 16-page write at 0 leaves the order-2 folio and adds an order-2 at page 4 and an order-3 at page 8.
require files
require root
require scratch_fs == ext4
fd = open("data", O_RDWR | O_CREAT, 0600)
pwrite(fd, 'x', 4 * PAGE, 0) == 4 * PAGE
pwrite(fd, 'y', 16 * PAGE, 0) == 16 * PAGE
r = mmap(NULL, 64 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + 16 * PAGE) & ~(16 * PAGE - 1)
p = mmap(a, 16 * PAGE, PROT_READ, MAP_SHARED | MAP_FIXED, fd, 0)
read(p, 16 * PAGE) == 'y'
h = KPF_THP | KPF_COMPOUND_HEAD
t = KPF_THP | KPF_COMPOUND_TAIL
m = KPF_THP | KPF_COMPOUND_HEAD | KPF_COMPOUND_TAIL
kpageflags(p) & m == h
for i in 1..4: kpageflags(p + i * PAGE) & m == t
kpageflags(p + 4 * PAGE) & m == h
for i in 5..8: kpageflags(p + i * PAGE) & m == t
kpageflags(p + 8 * PAGE) & m == h
for i in 9..16: kpageflags(p + i * PAGE) & m == t
