# pread and pwrite with a negative offset fail with -EINVAL before the descriptor is looked at: on a descriptor that is not open, on one of the wrong access mode and with a length of 0 alike.
require files
fd = open("data", O_RDWR | O_CREAT, 0600)
ro = open("data", O_RDONLY)
wo = open("data", O_WRONLY)
pread(99, 1, -1) == -EINVAL
pwrite(99, 'a', 1, -1) == -EINVAL
pwrite(ro, 'a', 1, -PAGE) == -EINVAL
pread(wo, 1, -1) == -EINVAL
pread(fd, 0, -1) == -EINVAL
pwrite(fd, 'a', 0, -1) == -EINVAL
pread(99, 1, 0) == -EBADF
pwrite(ro, 'a', 1, 0) == -EBADF
pread(wo, 1, 0) == -EBADF
