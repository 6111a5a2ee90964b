# ext4 zeroes the tail of the block a truncation ends in through the page cache, making the page if it is not cached (__ext4_block_zero_page_range()); over a hole it gives up and the page stays cached, not up to date, with buffers.  mincore() calls it not resident; a read fault on it reads that page alone (it is cached, so no read-around), maps it up to date and clean, its buffers kept.
require files
require !soft_dirty
require root
require scratch_fs == ext4
fd = open("data", O_RDWR | O_CREAT, 0600)
ftruncate(fd, 10 * PAGE) == 0
# to inside page 5, a hole
ftruncate(fd, 5 * PAGE + 100) == 0
p = mmap(NULL, 6 * PAGE, PROT_READ, MAP_SHARED, fd, 0)
mincore(p, 6 * PAGE) == 0
read(p + 5 * PAGE) == 0
mincore(p, 6 * PAGE) == 0x20
pagemap(p + 5 * PAGE) == PM_PRESENT | PM_FILE | PM_MMAP_EXCLUSIVE
smaps(p, "Rss") == PAGE
kpageflags(p + 5 * PAGE) & (KPF_UPTODATE | KPF_DIRTY | KPF_PRIVATE) == KPF_UPTODATE | KPF_PRIVATE
read(p + 5 * PAGE, PAGE) == 0
