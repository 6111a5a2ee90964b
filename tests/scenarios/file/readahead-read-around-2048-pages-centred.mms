# With read_ahead_kb 8192 (2048 pages), a read fault on an uncached page of a sparse file reads around it: pages [fault - 1024, fault + 1024) enter the page cache, those outside do not (seen through a MADV_RANDOM mapping, whose faults read one page).
require files
require fault_around_bytes == 65536
require read_ahead_kb == 8192
require !soft_dirty
require root
require scratch_fs == ext4
fd = open("data", O_RDWR | O_CREAT, 0600)
ftruncate(fd, 4096 * PAGE)
r = mmap(NULL, 8192 * PAGE + 2 * PMD_SIZE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + PMD_SIZE - 1) & ~(PMD_SIZE - 1)
p = mmap(a, 4096 * PAGE, PROT_READ, MAP_SHARED | MAP_FIXED, fd, 0)
q = mmap(a + 4096 * PAGE, 4096 * PAGE, PROT_READ, MAP_SHARED | MAP_FIXED, fd, 0)
madvise(q, 4096 * PAGE, MADV_RANDOM) == 0
read(p + 2048 * PAGE) == 0
# the fault itself maps its 16-page fault-around window
smaps(p, "Rss") == 16 * PAGE
# the probe mapping: a fault maps its own page plus whatever of its window is cached
read(q + 1008 * PAGE) == 0
pagemap(q + 1009 * PAGE) == 0
pagemap(q + 1023 * PAGE) == 0
read(q + 1024 * PAGE) == 0
pagemap(q + 1025 * PAGE) == PM_PRESENT | PM_FILE | PM_MMAP_EXCLUSIVE
pagemap(q + 1039 * PAGE) == PM_PRESENT | PM_FILE | PM_MMAP_EXCLUSIVE
read(q + 3056 * PAGE) == 0
pagemap(q + 3057 * PAGE) == PM_PRESENT | PM_FILE | PM_MMAP_EXCLUSIVE
pagemap(q + 3071 * PAGE) == PM_PRESENT | PM_FILE | PM_MMAP_EXCLUSIVE
read(q + 3072 * PAGE) == 0
pagemap(q + 3073 * PAGE) == 0
pagemap(q + 3087 * PAGE) == 0
smaps(q, "Rss") == 34 * PAGE
# read-around caches order-0 folios, though ext4 has large folios
kpageflags(q + 1024 * PAGE) & (KPF_THP | KPF_COMPOUND_HEAD | KPF_COMPOUND_TAIL) == 0
kpageflags(q + 3071 * PAGE) & (KPF_THP | KPF_COMPOUND_HEAD | KPF_COMPOUND_TAIL) == 0
