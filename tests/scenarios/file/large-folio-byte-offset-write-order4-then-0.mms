# A 64 KiB pwrite starting 100 bytes into the file is cached as an order-4 folio over pages 0-15 and an order-0 folio for the last 100 bytes in page 16.
require files
require root
require scratch_fs == ext4
fd = open("data", O_RDWR | O_CREAT, 0600)
pwrite(fd, 'x', 16 * PAGE, 100) == 16 * PAGE
r = mmap(NULL, 64 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + 16 * PAGE) & ~(16 * PAGE - 1)
p = mmap(a, 17 * PAGE, PROT_READ, MAP_SHARED | MAP_FIXED, fd, 0)
read(p, 100) == 0
read(p + 100) == 'x'
read(p + 16 * PAGE + 99) == 'x'
read(p + 16 * PAGE + 100) == 0
m = KPF_THP | KPF_COMPOUND_HEAD | KPF_COMPOUND_TAIL
kpageflags(p) & m == KPF_THP | KPF_COMPOUND_HEAD
for i in 1..16: kpageflags(p + i * PAGE) & m == KPF_THP | KPF_COMPOUND_TAIL
kpageflags(p + 16 * PAGE) & m == 0
