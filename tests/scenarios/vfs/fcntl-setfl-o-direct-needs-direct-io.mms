# F_SETFL may set O_DIRECT on an ext4 regular file but not on the directory or a memfd (-EINVAL), and a refused F_SETFL changes none of the flags it asked for.
require files
fd = open("data", O_RDWR | O_CREAT, 0600)
fcntl(fd, F_SETFL, O_DIRECT) == 0
fcntl(fd, F_GETFL, 0) == O_RDWR | O_DIRECT | O_LARGEFILE
fcntl(fd, F_SETFL, 0) == 0
fcntl(fd, F_GETFL, 0) == O_RDWR | O_LARGEFILE
d = open(".", O_RDONLY)
fcntl(d, F_SETFL, O_DIRECT) == -EINVAL
fcntl(d, F_SETFL, O_APPEND) == 0
fcntl(d, F_GETFL, 0) == O_RDONLY | O_APPEND | O_LARGEFILE
m = memfd_create("m", 0)
fcntl(m, F_SETFL, O_DIRECT | O_APPEND | O_NONBLOCK) == -EINVAL
fcntl(m, F_GETFL, 0) == O_RDWR | O_LARGEFILE
fcntl(m, F_SETFL, O_APPEND | O_NONBLOCK) == 0
fcntl(m, F_GETFL, 0) == O_RDWR | O_APPEND | O_NONBLOCK | O_LARGEFILE
