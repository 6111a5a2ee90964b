# Closing a descriptor twice fails the second time with -EBADF, and every call on the closed number fails with -EBADF until an open reuses it for another file.
require files
fd = open("data", O_RDWR | O_CREAT, 0600)
pwrite(fd, 'd', PAGE, 0) == PAGE
close(fd) == 0
close(fd) == -EBADF
pread(fd, 1, 0) == -EBADF
pwrite(fd, 'x', 1, 0) == -EBADF
fcntl(fd, F_GETFD, 0) == -EBADF
fsync(fd) == -EBADF
ftruncate(fd, 0) == -EBADF
mmap(NULL, PAGE, PROT_READ, MAP_SHARED, fd, 0) == -EBADF
m = memfd_create("m", 0) == fd
pread(m, 1, 0) == NONE
