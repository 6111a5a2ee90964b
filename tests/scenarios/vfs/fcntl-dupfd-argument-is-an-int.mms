# fcntl takes F_DUPFD's argument as an int: 1 << 32 is 0 (the lowest free descriptor), (1 << 32) + 10 is 10, and -1, as an unsigned descriptor past RLIMIT_NOFILE, fails with -EINVAL.
require files
a = open("data", O_RDWR | O_CREAT, 0600) == 3
fcntl(a, F_DUPFD, 1 << 32) == 4
fcntl(a, F_DUPFD, (1 << 32) + 10) == 10
fcntl(a, F_DUPFD, -1) == -EINVAL
fcntl(a, F_DUPFD_CLOEXEC, -1) == -EINVAL
fcntl(a, F_DUPFD, 0x7fffffff) == -EINVAL
