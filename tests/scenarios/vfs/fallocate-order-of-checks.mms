# fallocate judges the descriptor first (-EBADF before any argument), then offset and length (-EINVAL), then the mode (-EOPNOTSUPP), then write access (-EBADF), then the size (-EFBIG).
require files
fd = open("data", O_RDWR | O_CREAT, 0600)
ro = open("data", O_RDONLY)
fallocate(99, 0, -1, 0) == -EBADF
fallocate(99, 0xff00, 0, PAGE) == -EBADF
fallocate(ro, 0xff00, -1, 0) == -EINVAL
fallocate(ro, 0, 0, 0) == -EINVAL
fallocate(ro, 0, 0, -1) == -EINVAL
fallocate(ro, 0, -1, PAGE) == -EINVAL
fallocate(ro, 0xff00, 0, PAGE) == -EOPNOTSUPP
fallocate(ro, FALLOC_FL_PUNCH_HOLE, 0, PAGE) == -EOPNOTSUPP
fallocate(ro, 0, 0x7ffffffffffff000, PAGE) == -EBADF
fallocate(ro, FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE, 0, PAGE) == -EBADF
fallocate(fd, 0, 0x7ffffffffffff000, PAGE) == -EFBIG
fallocate(fd, 0, 0, PAGE) == 0
pread(ro, PAGE, 0) == 0
