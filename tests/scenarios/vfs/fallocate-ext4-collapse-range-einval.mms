# FALLOC_FL_COLLAPSE_RANGE needs an offset and length aligned to the block size, and a range that ends before the end of file (reaching or passing it would be a truncation): otherwise -EINVAL, and the file is unchanged; with FALLOC_FL_KEEP_SIZE it is -EOPNOTSUPP.
require files
require scratch_fs == ext4
fd = open("data", O_RDWR | O_CREAT, 0600)
pwrite(fd, 'a', 6 * PAGE, 0) == 6 * PAGE
fallocate(fd, FALLOC_FL_COLLAPSE_RANGE, 100, PAGE) == -EINVAL
fallocate(fd, FALLOC_FL_COLLAPSE_RANGE, PAGE, 100) == -EINVAL
fallocate(fd, FALLOC_FL_COLLAPSE_RANGE, PAGE / 2, PAGE / 2) == -EINVAL
fallocate(fd, FALLOC_FL_COLLAPSE_RANGE, 5 * PAGE, PAGE) == -EINVAL
fallocate(fd, FALLOC_FL_COLLAPSE_RANGE, 4 * PAGE, 4 * PAGE) == -EINVAL
fallocate(fd, FALLOC_FL_COLLAPSE_RANGE, 8 * PAGE, PAGE) == -EINVAL
fallocate(fd, FALLOC_FL_COLLAPSE_RANGE | FALLOC_FL_KEEP_SIZE, PAGE, PAGE) == -EOPNOTSUPP
pread(fd, 6 * PAGE, 0) == 'a'
pread(fd, 1, 6 * PAGE) == NONE
fallocate(fd, FALLOC_FL_COLLAPSE_RANGE, 4 * PAGE, PAGE) == 0
pread(fd, 1, 5 * PAGE - 1) == 'a'
pread(fd, 1, 5 * PAGE) == NONE
