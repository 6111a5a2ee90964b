# FALLOC_FL_INSERT_RANGE on ext4 opens a block-aligned hole inside the file: what was at and after the offset moves up by the length (dirty pages included), the hole reads 0, the file grows by the length, and a shared mapping made before sees the new layout.
require files
require scratch_fs == ext4
fd = open("data", O_RDWR | O_CREAT, 0600)
for i in 0..4: pwrite(fd, 'a' + i, PAGE, i * PAGE) == PAGE
fsync(fd) == 0
r = mmap(NULL, 64 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + 16 * PAGE) & ~(16 * PAGE - 1)
s = mmap(a, 8 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_FIXED, fd, 0)
write(s + 3 * PAGE, 1, 'D') == 0
read(s + 4 * PAGE) == SIGBUS
fallocate(fd, FALLOC_FL_INSERT_RANGE, PAGE, 3 * PAGE) == 0
pread(fd, PAGE, 0) == 'a'
pread(fd, 3 * PAGE, PAGE) == 0
pread(fd, PAGE, 4 * PAGE) == 'b'
pread(fd, PAGE, 5 * PAGE) == 'c'
pread(fd, 1, 6 * PAGE) == 'D'
pread(fd, 1, 7 * PAGE) == NONE
read(s + PAGE, 3 * PAGE) == 0
read(s + 4 * PAGE, PAGE) == 'b'
read(s + 6 * PAGE) == 'D'
read(s + 7 * PAGE) == SIGBUS
