# FALLOC_FL_INSERT_RANGE needs a block-aligned offset and length (-EINVAL), an offset inside the file (-EINVAL at or past its end), and room below ext4's size limit for the grown file (-EFBIG); with FALLOC_FL_KEEP_SIZE it is -EOPNOTSUPP; nothing changes on failure.
require files
require scratch_fs == ext4
fd = open("data", O_RDWR | O_CREAT, 0600)
pwrite(fd, 'a', 2 * PAGE, 0) == 2 * PAGE
fallocate(fd, FALLOC_FL_INSERT_RANGE, 100, PAGE) == -EINVAL
fallocate(fd, FALLOC_FL_INSERT_RANGE, PAGE, 100) == -EINVAL
fallocate(fd, FALLOC_FL_INSERT_RANGE, 2 * PAGE, PAGE) == -EINVAL
fallocate(fd, FALLOC_FL_INSERT_RANGE, 4 * PAGE, PAGE) == -EINVAL
fallocate(fd, FALLOC_FL_INSERT_RANGE | FALLOC_FL_KEEP_SIZE, 0, PAGE) == -EOPNOTSUPP
fallocate(fd, FALLOC_FL_INSERT_RANGE, 0, 0xffffffff000 - PAGE) == -EFBIG
fallocate(fd, FALLOC_FL_INSERT_RANGE, 0, 0xffffffff000) == -EFBIG
pread(fd, 2 * PAGE, 0) == 'a'
pread(fd, 1, 2 * PAGE) == NONE
fallocate(fd, FALLOC_FL_INSERT_RANGE, 0, 0xffffffff000 - 2 * PAGE) == 0
pread(fd, PAGE, 0) == 0
pread(fd, 2 * PAGE, 0xffffffff000 - 2 * PAGE) == 'a'
pread(fd, 1, 0xffffffff000) == NONE
