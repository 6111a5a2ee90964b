# A read fault on the marked page starts asynchronous readahead of the next 2048 pages, [3072, 5120), now in order-2 (4-page) folios; pages from 5120 on stay uncached.
require files
require fault_around_bytes == 65536
require read_ahead_kb == 8192
require !soft_dirty
require root
require scratch_fs == ext4
fd = open("data", O_RDWR | O_CREAT, 0600)
ftruncate(fd, 8192 * PAGE)
r = mmap(NULL, 16384 * PAGE + 2 * PMD_SIZE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + PMD_SIZE - 1) & ~(PMD_SIZE - 1)
p = mmap(a, 8192 * PAGE, PROT_READ, MAP_SHARED | MAP_FIXED, fd, 0)
q = mmap(a + 8192 * PAGE, 8192 * PAGE, PROT_READ, MAP_SHARED | MAP_FIXED, fd, 0)
madvise(q, 8192 * PAGE, MADV_RANDOM) == 0
read(p + 2048 * PAGE) == 0
read(p + 2560 * PAGE) == 0
smaps(p, "Rss") == 32 * PAGE
read(q + 3072 * PAGE) == 0
m = KPF_THP | KPF_COMPOUND_HEAD | KPF_COMPOUND_TAIL
kpageflags(q + 3072 * PAGE) & m == KPF_THP | KPF_COMPOUND_HEAD
for i in 3073..3076: kpageflags(q + i * PAGE) & m == KPF_THP | KPF_COMPOUND_TAIL
kpageflags(q + 3076 * PAGE) & m == KPF_THP | KPF_COMPOUND_HEAD
read(q + 5104 * PAGE) == 0
pagemap(q + 5119 * PAGE) == PM_PRESENT | PM_FILE | PM_MMAP_EXCLUSIVE
read(q + 5120 * PAGE) == 0
pagemap(q + 5121 * PAGE) == 0
pagemap(q + 5135 * PAGE) == 0
