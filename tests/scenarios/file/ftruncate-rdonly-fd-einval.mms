# ftruncate of a descriptor opened O_RDONLY fails with -EINVAL and leaves the size; O_WRONLY may truncate; a descriptor that is not open gives -EBADF.
require files
fd = open("data", O_RDWR | O_CREAT, 0600)
pwrite(fd, 'd', 2 * PAGE, 0) == 2 * PAGE
ro = open("data", O_RDONLY)
ftruncate(ro, 0) == -EINVAL
ftruncate(ro, 4 * PAGE) == -EINVAL
pread(ro, 1, 2 * PAGE - 1) == 'd'
pread(ro, 1, 2 * PAGE) == NONE
wo = open("data", O_WRONLY)
ftruncate(wo, PAGE) == 0
pread(ro, 1, PAGE) == NONE
ftruncate(99, PAGE) == -EBADF
