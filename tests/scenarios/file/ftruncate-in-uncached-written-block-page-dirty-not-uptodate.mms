# A truncation ending inside a written block that is not cached: ext4 makes the page to zero the block's tail in, reads the block into it, zeroes and dirties it, but never marks the page up to date, so mincore() calls it not resident, even once written back.  A read fault maps it without reading more (its buffer is up to date): dirty, with buffers, the data before the new end kept.  (FALLOC_FL_COLLAPSE_RANGE writes the file back and drops its cache from the range on: the blocks it moves down are on disk and not cached.)
require files
require root
require scratch_fs == ext4
fd = open("data", O_RDWR | O_CREAT, 0600)
for i in 0..8: pwrite(fd, 'a' + i, PAGE, i * PAGE) == PAGE
fallocate(fd, FALLOC_FL_COLLAPSE_RANGE, 4 * PAGE, 2 * PAGE) == 0
p = mmap(NULL, 6 * PAGE, PROT_READ, MAP_SHARED, fd, 0)
mincore(p, 6 * PAGE) == 0xf
ftruncate(fd, 4 * PAGE + 100) == 0
mincore(p, 6 * PAGE) == 0xf
read(p + 4 * PAGE, 100) == 'g'
mincore(p, 6 * PAGE) == 0x1f
kpageflags(p + 4 * PAGE) & (KPF_UPTODATE | KPF_DIRTY | KPF_PRIVATE) == KPF_UPTODATE | KPF_DIRTY | KPF_PRIVATE
read(p + 4 * PAGE + 100, PAGE - 100) == 0
fsync(fd) == 0
kpageflags(p + 4 * PAGE) & KPF_DIRTY == 0
# the same, written back before any fault: still not up to date
fd2 = open("data2", O_RDWR | O_CREAT, 0600)
for i in 0..8: pwrite(fd2, 'a' + i, PAGE, i * PAGE) == PAGE
fallocate(fd2, FALLOC_FL_COLLAPSE_RANGE, 4 * PAGE, 2 * PAGE) == 0
ftruncate(fd2, 4 * PAGE + 100) == 0
fsync(fd2) == 0
q = mmap(NULL, 6 * PAGE, PROT_READ, MAP_SHARED, fd2, 0)
mincore(q, 6 * PAGE) == 0xf
pread(fd2, 100, 4 * PAGE) == 'g'
mincore(q, 6 * PAGE) == 0x1f
