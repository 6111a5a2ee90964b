# fsync returns 0 on a descriptor of any access mode of a disk file, including O_RDONLY, and -EBADF on one that is not open.
require files
fd = open("data", O_RDWR | O_CREAT, 0600)
pwrite(fd, 'd', PAGE, 0) == PAGE
fsync(fd) == 0
fsync(fd) == 0
ro = open("data", O_RDONLY)
fsync(ro) == 0
wo = open("data", O_WRONLY)
fsync(wo) == 0
fsync(99) == -EBADF
close(ro)
fsync(ro) == -EBADF
