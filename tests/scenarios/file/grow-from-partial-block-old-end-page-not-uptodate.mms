# A file whose end falls inside a block grows: ext4 zeroes the rest of the old end-of-file block through the page cache -- ftruncate up (ext4_setattr()), a write past the end (its write_end), fallocate (ext4_alloc_file_blocks(), which zeroes the block the new end falls in too) -- and over a hole the page it makes stays cached, not up to date: a fault on it reads it alone, with no read-around.  FALLOC_FL_KEEP_SIZE grows nothing and zeroes nothing.
require files
require read_ahead_kb >= 32
require scratch_fs == ext4
fd = open("data", O_RDWR | O_CREAT, 0600)
ftruncate(fd, 715) == 0
ftruncate(fd, 3 * PAGE) == 0
p = mmap(NULL, 3 * PAGE, PROT_READ, MAP_SHARED, fd, 0)
read(p) == 0
mincore(p, 3 * PAGE) == 0x1
# a write past the end: page 0 made, page 3 written
fd2 = open("data2", O_RDWR | O_CREAT, 0600)
ftruncate(fd2, 715) == 0
pwrite(fd2, 'w', PAGE, 3 * PAGE) == PAGE
q = mmap(NULL, 4 * PAGE, PROT_READ, MAP_SHARED, fd2, 0)
mincore(q, 4 * PAGE) == 0x8
read(q) == 0
mincore(q, 4 * PAGE) == 0x9
# fallocate to inside page 5: page 5 made, the rest read around a fault
fd3 = open("data3", O_RDWR | O_CREAT, 0600)
fallocate(fd3, 0, 0, 5 * PAGE + 100) == 0
s = mmap(NULL, 6 * PAGE, PROT_READ, MAP_SHARED, fd3, 0)
read(s) == 0
mincore(s, 6 * PAGE) == 0x1f
# with FALLOC_FL_KEEP_SIZE nothing is made
fd4 = open("data4", O_RDWR | O_CREAT, 0600)
fallocate(fd4, FALLOC_FL_KEEP_SIZE, 0, 5 * PAGE + 100) == 0
ftruncate(fd4, 6 * PAGE) == 0
t = mmap(NULL, 6 * PAGE, PROT_READ, MAP_SHARED, fd4, 0)
read(t) == 0
mincore(t, 6 * PAGE) == 0x3f
