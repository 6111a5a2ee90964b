# ext4 refuses with -EOPNOTSUPP, leaving the file alone: FALLOC_FL_UNSHARE_RANGE (with or without KEEP_SIZE), FALLOC_FL_NO_HIDE_STALE, two operations at once, PUNCH_HOLE without KEEP_SIZE, and unknown mode bits. (FALLOC_FL_WRITE_ZEROES is left out: ext4 takes it where the disk can unmap while zeroing.)
require files
require scratch_fs == ext4
fd = open("data", O_RDWR | O_CREAT, 0600)
pwrite(fd, 'a', 2 * PAGE, 0) == 2 * PAGE
fallocate(fd, FALLOC_FL_UNSHARE_RANGE, 0, PAGE) == -EOPNOTSUPP
fallocate(fd, FALLOC_FL_UNSHARE_RANGE | FALLOC_FL_KEEP_SIZE, 0, PAGE) == -EOPNOTSUPP
fallocate(fd, FALLOC_FL_NO_HIDE_STALE, 0, PAGE) == -EOPNOTSUPP
fallocate(fd, FALLOC_FL_NO_HIDE_STALE | FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE, 0, PAGE) == -EOPNOTSUPP
fallocate(fd, FALLOC_FL_PUNCH_HOLE | FALLOC_FL_ZERO_RANGE | FALLOC_FL_KEEP_SIZE, 0, PAGE) == -EOPNOTSUPP
fallocate(fd, FALLOC_FL_COLLAPSE_RANGE | FALLOC_FL_INSERT_RANGE, 0, PAGE) == -EOPNOTSUPP
fallocate(fd, FALLOC_FL_PUNCH_HOLE, 0, PAGE) == -EOPNOTSUPP
fallocate(fd, 0x100, 0, PAGE) == -EOPNOTSUPP
fallocate(fd, 0x80000000, 0, PAGE) == -EOPNOTSUPP
pread(fd, 2 * PAGE, 0) == 'a'
pread(fd, 1, 2 * PAGE) == NONE
