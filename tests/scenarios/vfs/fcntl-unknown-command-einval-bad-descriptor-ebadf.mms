# fcntl with a command it does not know fails with -EINVAL on an open descriptor, but a descriptor that is not open is judged first: -EBADF for any command, known or not.
require files
fd = open("data", O_RDWR | O_CREAT, 0600)
fcntl(fd, 9999, 0) == -EINVAL
fcntl(fd, -1, 0) == -EINVAL
fcntl(99, 9999, 0) == -EBADF
fcntl(99, F_GETFD, 0) == -EBADF
fcntl(99, F_GETFL, 0) == -EBADF
fcntl(-1, F_SETFL, 0) == -EBADF
fcntl(99, F_DUPFD, -1) == -EBADF
fcntl(99, F_GET_SEALS, 0) == -EBADF
