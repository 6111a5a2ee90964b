# MADV_RANDOM and MADV_SEQUENTIAL change readahead, not fault-around: a read fault on cached pages still maps the whole 16-page window under either advice.
require files
require fault_around_bytes >= 65536
require !soft_dirty
fd = open("data", O_RDWR | O_CREAT, 0600)
for i in 0..16: pwrite(fd, 'd', PAGE, i * PAGE) == PAGE
r = mmap(NULL, 64 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + 16 * PAGE) & ~(16 * PAGE - 1)
p = mmap(a, 16 * PAGE, PROT_READ, MAP_SHARED | MAP_FIXED, fd, 0)
q = mmap(a + 16 * PAGE, 16 * PAGE, PROT_READ, MAP_SHARED | MAP_FIXED, fd, 0)
madvise(p, 16 * PAGE, MADV_RANDOM) == 0
vmflag(p, "rr") == 1
madvise(q, 16 * PAGE, MADV_SEQUENTIAL) == 0
vmflag(q, "sr") == 1
read(p + 5 * PAGE) == 'd'
for i in 0..16: pagemap(p + i * PAGE) == PM_PRESENT | PM_FILE | PM_MMAP_EXCLUSIVE
smaps(p, "Rss") == 16 * PAGE
read(q + 9 * PAGE) == 'd'
for i in 0..16: pagemap(q + i * PAGE) == PM_PRESENT | PM_FILE
smaps(q, "Rss") == 16 * PAGE
