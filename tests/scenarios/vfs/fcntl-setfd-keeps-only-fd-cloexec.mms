# F_SETFD keeps only the FD_CLOEXEC bit of its argument: 0xff and -1 set it, 0xfe clears it; F_GETFD then reads 1 or 0.
require files
fd = open("data", O_RDWR | O_CREAT, 0600)
fcntl(fd, F_SETFD, 0xff) == 0
fcntl(fd, F_GETFD, 0) == 1
fcntl(fd, F_SETFD, 0xfe) == 0
fcntl(fd, F_GETFD, 0) == 0
fcntl(fd, F_SETFD, -1) == 0
fcntl(fd, F_GETFD, 0) == 1
fcntl(fd, F_SETFD, 0) == 0
fcntl(fd, F_GETFD, 0) == 0
