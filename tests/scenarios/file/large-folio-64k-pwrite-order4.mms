# One 64 KiB pwrite at an aligned offset caches the range in one order-4 (16-page) folio on ext4: kpageflags KPF_THP on every page, KPF_COMPOUND_HEAD on the first, KPF_COMPOUND_TAIL on the other 15.
require files
require fault_around_bytes != 8192
require fault_around_bytes != 16384
require fault_around_bytes != 32768
require !soft_dirty
require root
require scratch_fs == ext4
fd = open("data", O_RDWR | O_CREAT, 0600)
pwrite(fd, 'x', 32 * PAGE, 0) == 32 * PAGE
r = mmap(NULL, 64 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + 16 * PAGE) & ~(16 * PAGE - 1)
p = mmap(a, 32 * PAGE, PROT_READ, MAP_SHARED | MAP_FIXED, fd, 0)
read(p) == 'x'
read(p + 16 * PAGE) == 'x'
kpageflags(p) & (KPF_THP | KPF_COMPOUND_HEAD | KPF_COMPOUND_TAIL | KPF_ANON) == KPF_THP | KPF_COMPOUND_HEAD
for i in 1..16: kpageflags(p + i * PAGE) & (KPF_THP | KPF_COMPOUND_HEAD | KPF_COMPOUND_TAIL) == KPF_THP | KPF_COMPOUND_TAIL
kpageflags(p + 16 * PAGE) & (KPF_THP | KPF_COMPOUND_HEAD | KPF_COMPOUND_TAIL) == KPF_THP | KPF_COMPOUND_HEAD
for i in 17..32: kpageflags(p + i * PAGE) & (KPF_THP | KPF_COMPOUND_HEAD | KPF_COMPOUND_TAIL) == KPF_THP | KPF_COMPOUND_TAIL
# each page of a folio is mapcounted on its own
for i in 0..32: mapcount(p + i * PAGE) == 1
for i in 0..32: pagemap(p + i * PAGE) == PM_PRESENT | PM_FILE | PM_MMAP_EXCLUSIVE
smaps(p, "FilePmdMapped") == 0
