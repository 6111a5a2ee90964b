# FALLOC_FL_PUNCH_HOLE must come with FALLOC_FL_KEEP_SIZE: alone it fails with -EOPNOTSUPP and leaves the data; unknown mode bits give -EOPNOTSUPP, a zero length or negative offset -EINVAL, an O_RDONLY descriptor -EBADF.
require files
fd = open("data", O_RDWR | O_CREAT, 0600)
pwrite(fd, 'd', 2 * PAGE, 0) == 2 * PAGE
fallocate(fd, FALLOC_FL_PUNCH_HOLE, 0, PAGE) == -EOPNOTSUPP
pread(fd, 2 * PAGE, 0) == 'd'
fallocate(fd, 0x100, 0, PAGE) == -EOPNOTSUPP
fallocate(fd, 0, 0, 0) == -EINVAL
fallocate(fd, FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE, 0, 0) == -EINVAL
fallocate(fd, 0, -1, PAGE) == -EINVAL
ro = open("data", O_RDONLY)
fallocate(ro, 0, 0, PAGE) == -EBADF
fallocate(ro, FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE, 0, PAGE) == -EBADF
