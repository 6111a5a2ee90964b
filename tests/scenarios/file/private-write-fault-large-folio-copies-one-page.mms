# A write fault on a MAP_PRIVATE mapping of an order-4 folio copies only the faulting page into an order-0 anonymous page and maps nothing else of the folio.
require files
require fault_around_bytes >= 65536
require !soft_dirty
require root
require scratch_fs == ext4
fd = open("data", O_RDWR | O_CREAT, 0600)
pwrite(fd, 'x', 16 * PAGE, 0) == 16 * PAGE
r = mmap(NULL, 64 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + 16 * PAGE) & ~(16 * PAGE - 1)
p = mmap(a, 16 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_FIXED, fd, 0)
write(p + 5 * PAGE, 1, 'p')
pagemap(p + 5 * PAGE) == PM_PRESENT | PM_MMAP_EXCLUSIVE
kpageflags(p + 5 * PAGE) & (KPF_ANON | KPF_THP | KPF_COMPOUND_HEAD | KPF_COMPOUND_TAIL) == KPF_ANON
smaps(p, "Rss") == PAGE
# a read fault then maps the other 15 pages of the folio around the copy
read(p) == 'x'
smaps(p, "Rss") == 16 * PAGE
smaps(p, "Anonymous") == PAGE
pagemap(p + 5 * PAGE) == PM_PRESENT | PM_MMAP_EXCLUSIVE
kpageflags(p + 4 * PAGE) & KPF_COMPOUND_TAIL == KPF_COMPOUND_TAIL
