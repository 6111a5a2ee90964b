# FALLOC_FL_COLLAPSE_RANGE drops a private mapping's COW copies from the range's start on, as truncation does (the file no longer has that data there): the mapping then reads the moved file data, while COW copies before the range stay.
require files
require scratch_fs == ext4
fd = open("data", O_RDWR | O_CREAT, 0600)
for i in 0..8: pwrite(fd, 'a' + i, PAGE, i * PAGE) == PAGE
r = mmap(NULL, 64 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + 16 * PAGE) & ~(16 * PAGE - 1)
p = mmap(a, 8 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_FIXED, fd, 0)
write(p, PAGE, 'P') == 0
write(p + 5 * PAGE, PAGE, 'Q') == 0
smaps(p, "Anonymous") == 2 * PAGE
fallocate(fd, FALLOC_FL_COLLAPSE_RANGE, 2 * PAGE, 2 * PAGE) == 0
smaps(p, "Anonymous") == PAGE
read(p, PAGE) == 'P'
read(p + 2 * PAGE, PAGE) == 'e'
read(p + 5 * PAGE, PAGE) == 'h'
read(p + 6 * PAGE) == SIGBUS
