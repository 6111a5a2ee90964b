# FALLOC_FL_COLLAPSE_RANGE on ext4 takes a block-aligned range out of the file: what followed moves down over it (dirty pages included), the file shrinks by its length, and a shared mapping made before reads the moved data and SIGBUS past the new end.
require files
require scratch_fs == ext4
fd = open("data", O_RDWR | O_CREAT, 0600)
for i in 0..8: pwrite(fd, 'a' + i, PAGE, i * PAGE) == PAGE
fsync(fd) == 0
pwrite(fd, 'z', PAGE, 7 * PAGE) == PAGE
r = mmap(NULL, 64 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + 16 * PAGE) & ~(16 * PAGE - 1)
s = mmap(a, 8 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_FIXED, fd, 0)
read(s + 3 * PAGE, PAGE) == 'd'
write(s + 6 * PAGE, 1, 'S') == 0
fallocate(fd, FALLOC_FL_COLLAPSE_RANGE, 2 * PAGE, 2 * PAGE) == 0
pread(fd, PAGE, 0) == 'a'
pread(fd, PAGE, PAGE) == 'b'
pread(fd, PAGE, 2 * PAGE) == 'e'
pread(fd, PAGE, 3 * PAGE) == 'f'
pread(fd, 1, 4 * PAGE) == 'S'
pread(fd, PAGE, 5 * PAGE) == 'z'
pread(fd, 1, 6 * PAGE) == NONE
read(s + 2 * PAGE, PAGE) == 'e'
read(s + 4 * PAGE) == 'S'
read(s + 5 * PAGE, PAGE) == 'z'
read(s + 6 * PAGE) == SIGBUS
