# ext4 zeroes the edges of a punched hole through the page cache (ext4_zero_partial_blocks()): over a hole the pages it makes at the edges stay cached, not up to date, so a read fault's read-around passes them by and fault-around does not map them.  A hole reaching past the end of file stops at the end of the last page: no edge there.
require files
require fault_around_bytes >= 65536
require read_ahead_kb >= 128
require !soft_dirty
require root
require scratch_fs == ext4
fd = open("data", O_RDWR | O_CREAT, 0600)
ftruncate(fd, 10 * PAGE) == 0
fallocate(fd, FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE, 2 * PAGE + 100, 3 * PAGE) == 0
p = mmap(NULL, 10 * PAGE, PROT_READ, MAP_SHARED, fd, 0)
mincore(p, 10 * PAGE) == 0
read(p) == 0
# all but the edges, pages 2 and 5
mincore(p, 10 * PAGE) == 0x3db
pagemap(p + 2 * PAGE) == 0
pagemap(p + 5 * PAGE) == 0
smaps(p, "Rss") == 8 * PAGE
read(p + 5 * PAGE) == 0
kpageflags(p + 5 * PAGE) & (KPF_UPTODATE | KPF_DIRTY | KPF_PRIVATE) == KPF_UPTODATE | KPF_PRIVATE
# past the end of file: to the end of page 5, so page 2 alone is an edge
fd2 = open("data2", O_RDWR | O_CREAT, 0600)
ftruncate(fd2, 5 * PAGE + 100) == 0
fallocate(fd2, FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE, 2 * PAGE + 100, 10 * PAGE) == 0
q = mmap(NULL, 6 * PAGE, PROT_READ, MAP_SHARED, fd2, 0)
read(q) == 0
mincore(q, 6 * PAGE) == 0x3b
