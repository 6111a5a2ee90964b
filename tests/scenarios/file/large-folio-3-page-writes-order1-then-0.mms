# A 3-page pwrite gets the largest naturally aligned folio that fits what is left to write, then again: at page 0 an order-1 folio and an order-0 one; at page 3 an order-0 (page 3 is odd) then an order-1 at page 4.
require files
require fault_around_bytes >= 32768
require root
require scratch_fs == ext4
fd = open("data", O_RDWR | O_CREAT, 0600)
pwrite(fd, 'x', 3 * PAGE, 0) == 3 * PAGE
pwrite(fd, 'y', 3 * PAGE, 3 * PAGE) == 3 * PAGE
r = mmap(NULL, 64 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + 16 * PAGE) & ~(16 * PAGE - 1)
p = mmap(a, 6 * PAGE, PROT_READ, MAP_SHARED | MAP_FIXED, fd, 0)
read(p) == 'x'
kpageflags(p) & (KPF_THP | KPF_COMPOUND_HEAD | KPF_COMPOUND_TAIL) == KPF_THP | KPF_COMPOUND_HEAD
kpageflags(p + PAGE) & (KPF_THP | KPF_COMPOUND_HEAD | KPF_COMPOUND_TAIL) == KPF_THP | KPF_COMPOUND_TAIL
kpageflags(p + 2 * PAGE) & (KPF_THP | KPF_COMPOUND_HEAD | KPF_COMPOUND_TAIL) == 0
kpageflags(p + 3 * PAGE) & (KPF_THP | KPF_COMPOUND_HEAD | KPF_COMPOUND_TAIL) == 0
kpageflags(p + 4 * PAGE) & (KPF_THP | KPF_COMPOUND_HEAD | KPF_COMPOUND_TAIL) == KPF_THP | KPF_COMPOUND_HEAD
kpageflags(p + 5 * PAGE) & (KPF_THP | KPF_COMPOUND_HEAD | KPF_COMPOUND_TAIL) == KPF_THP | KPF_COMPOUND_TAIL
