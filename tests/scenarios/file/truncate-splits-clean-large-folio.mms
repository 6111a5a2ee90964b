# ftruncate into a clean (fsync'ed) order-4 folio splits it at the new end: 10 pages remain as an order-3 and an order-1 folio; a regrow caches the rest anew as order-0 pages.
require files
require fault_around_bytes >= 65536
require root
require scratch_fs == ext4
fd = open("data", O_RDWR | O_CREAT, 0600)
pwrite(fd, 'x', 16 * PAGE, 0) == 16 * PAGE
fsync(fd) == 0
ftruncate(fd, 10 * PAGE) == 0
r = mmap(NULL, 64 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + 16 * PAGE) & ~(16 * PAGE - 1)
p = mmap(a, 16 * PAGE, PROT_READ, MAP_SHARED | MAP_FIXED, fd, 0)
read(p) == 'x'
h = KPF_THP | KPF_COMPOUND_HEAD
t = KPF_THP | KPF_COMPOUND_TAIL
m = KPF_THP | KPF_COMPOUND_HEAD | KPF_COMPOUND_TAIL
kpageflags(p) & m == h
for i in 1..8: kpageflags(p + i * PAGE) & m == t
kpageflags(p + 8 * PAGE) & m == h
kpageflags(p + 9 * PAGE) & m == t
smaps(p, "Rss") == 10 * PAGE
ftruncate(fd, 16 * PAGE) == 0
read(p + 12 * PAGE) == 0
kpageflags(p + 12 * PAGE) & m == 0
read(p + 9 * PAGE, PAGE) == 'x'
