# ext4 zeroes the edges of a zeroed range through the page cache, past the end of file too (FALLOC_FL_KEEP_SIZE), and leaves the pages it makes over holes cached, not up to date: read-around passes them by.  Growing the file, it zeroes the old end-of-file block as well: with an edge inside a block this comes first (the range is allocated whole), so the page made there goes again when the range covers it whole; with block-aligned edges it comes after, and the page stays.
require files
require read_ahead_kb >= 64
require scratch_fs == ext4
fd = open("data", O_RDWR | O_CREAT, 0600)
ftruncate(fd, 10 * PAGE) == 0
fallocate(fd, FALLOC_FL_ZERO_RANGE, 2 * PAGE + 100, 3 * PAGE) == 0
p = mmap(NULL, 10 * PAGE, PROT_READ, MAP_SHARED, fd, 0)
read(p) == 0
mincore(p, 10 * PAGE) == 0x3db
# past the end of file: the page stays when the file grows over it
fd2 = open("data2", O_RDWR | O_CREAT, 0600)
ftruncate(fd2, 3 * PAGE) == 0
fallocate(fd2, FALLOC_FL_ZERO_RANGE | FALLOC_FL_KEEP_SIZE, 4 * PAGE + 100, 200) == 0
ftruncate(fd2, 6 * PAGE) == 0
q = mmap(NULL, 6 * PAGE, PROT_READ, MAP_SHARED, fd2, 0)
read(q) == 0
mincore(q, 6 * PAGE) == 0x2f
# growing from 715 bytes over [0, 2 pages + 100): page 0 made, then dropped; page 2 an edge
fd3 = open("data3", O_RDWR | O_CREAT, 0600)
ftruncate(fd3, 715) == 0
fallocate(fd3, FALLOC_FL_ZERO_RANGE, 0, 2 * PAGE + 100) == 0
s = mmap(NULL, 3 * PAGE, PROT_READ, MAP_SHARED, fd3, 0)
read(s) == 0
mincore(s, 3 * PAGE) == 0x3
# growing from 715 bytes over [0, 2 pages): page 0 made after the cache is truncated
fd4 = open("data4", O_RDWR | O_CREAT, 0600)
ftruncate(fd4, 715) == 0
fallocate(fd4, FALLOC_FL_ZERO_RANGE, 0, 2 * PAGE) == 0
t = mmap(NULL, 2 * PAGE, PROT_READ, MAP_SHARED, fd4, 0)
mincore(t, 2 * PAGE) == 0
read(t) == 0
mincore(t, 2 * PAGE) == 0x1
