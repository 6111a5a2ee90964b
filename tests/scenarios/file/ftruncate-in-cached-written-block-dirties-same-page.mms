# A truncation ending inside a block of written data that is cached: ext4 zeroes the block's tail in the cached page and dirties it, written back or not, and makes no page: the page keeps its frame, stays mapped, up to date and resident, with buffers.
require files
require !soft_dirty
require root
require scratch_fs == ext4
fd = open("data", O_RDWR | O_CREAT, 0600)
# page by page: order-0 folios
for i in 0..4: pwrite(fd, 'd', PAGE, i * PAGE) == PAGE
fsync(fd) == 0
p = mmap(NULL, 4 * PAGE, PROT_READ, MAP_SHARED, fd, 0)
read(p + 2 * PAGE) == 'd'
f = frame(p + 2 * PAGE)
kpageflags(p + 2 * PAGE) & KPF_DIRTY == 0
ftruncate(fd, 2 * PAGE + 100) == 0
frame(p + 2 * PAGE) == f
pagemap(p + 2 * PAGE) == PM_PRESENT | PM_FILE | PM_MMAP_EXCLUSIVE
kpageflags(p + 2 * PAGE) & (KPF_UPTODATE | KPF_DIRTY | KPF_PRIVATE) == KPF_UPTODATE | KPF_DIRTY | KPF_PRIVATE
mincore(p, 3 * PAGE) == 0x7
read(p + 2 * PAGE, 100) == 'd'
read(p + 2 * PAGE + 100, PAGE - 100) == 0
pread(fd, 100, 2 * PAGE) == 'd'
