# close of a descriptor that is not open fails with -EBADF: a free number, a negative one, one past any table; nothing else is closed by it.
require files
fd = open("data", O_RDWR | O_CREAT, 0600)
close(4) == -EBADF
close(99) == -EBADF
close(-1) == -EBADF
close(1 << 31) == -EBADF
close(-2147483648) == -EBADF
fcntl(fd, F_GETFD, 0) == 0
close(fd) == 0
