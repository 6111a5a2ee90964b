# ftruncate judges a negative length first (-EINVAL even for a descriptor that is not open), then the descriptor (-EBADF), then whether it is a regular file open for writing (-EINVAL for the directory and for O_RDONLY), then the size (-EFBIG).
require files
require scratch_fs == ext4
fd = open("data", O_RDWR | O_CREAT, 0600)
ro = open("data", O_RDONLY)
d = open(".", O_RDONLY)
ftruncate(99, -1) == -EINVAL
ftruncate(ro, -1) == -EINVAL
ftruncate(99, 0) == -EBADF
ftruncate(99, 0x7fffffffffffffff) == -EBADF
ftruncate(d, 0) == -EINVAL
ftruncate(ro, 0x7fffffffffffffff) == -EINVAL
ftruncate(fd, 0x7fffffffffffffff) == -EFBIG
ftruncate(fd, PAGE) == 0
pread(ro, PAGE, 0) == 0
