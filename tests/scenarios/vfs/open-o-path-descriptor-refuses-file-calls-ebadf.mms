# An O_PATH descriptor names a file without opening it for anything: pread, pwrite, mmap, ftruncate, fallocate and fsync fail with -EBADF, as does every fcntl but F_DUPFD, F_DUPFD_CLOEXEC, F_GETFD, F_SETFD and F_GETFL (an unknown command too); F_GETFL shows O_PATH alone, without O_LARGEFILE; close works.
require files
fd = open("data", O_RDWR | O_CREAT, 0600)
pwrite(fd, 'd', PAGE, 0) == PAGE
p = open("data", O_PATH | O_CLOEXEC)
fcntl(p, F_GETFL, 0) == O_PATH
fcntl(p, F_GETFD, 0) == FD_CLOEXEC
pread(p, 1, 0) == -EBADF
pwrite(p, 'p', 1, 0) == -EBADF
mmap(NULL, PAGE, PROT_READ, MAP_PRIVATE, p, 0) == -EBADF
ftruncate(p, 0) == -EBADF
fallocate(p, 0, 0, PAGE) == -EBADF
fsync(p) == -EBADF
fcntl(p, F_SETFL, O_APPEND) == -EBADF
fcntl(p, F_GET_SEALS, 0) == -EBADF
fcntl(p, F_ADD_SEALS, F_SEAL_WRITE) == -EBADF
fcntl(p, 9999, 0) == -EBADF
fcntl(p, F_SETFD, 0) == 0
fcntl(p, F_GETFD, 0) == 0
q = fcntl(p, F_DUPFD_CLOEXEC, 10) == 10
fcntl(q, F_GETFL, 0) == O_PATH
pread(q, 1, 0) == -EBADF
close(p) == 0
close(q) == 0
pread(fd, PAGE, 0) == 'd'
