# F_SETFL changes only O_APPEND, O_NONBLOCK, O_DIRECT and O_NOATIME: the access mode, O_CREAT, O_TRUNC, O_DSYNC and FASYNC in its argument are ignored, -1 sets all four, 0 clears all four, and an FASYNC given to open stays.
require files
fd = open("data", O_RDWR | O_CREAT, 0600)
fcntl(fd, F_SETFL, O_APPEND | O_RDONLY | O_WRONLY | O_TRUNC | O_CREAT) == 0
fcntl(fd, F_GETFL, 0) == O_RDWR | O_APPEND | O_LARGEFILE
fcntl(fd, F_SETFL, O_NONBLOCK | O_NOATIME | O_DIRECT) == 0
fcntl(fd, F_GETFL, 0) == O_RDWR | O_NONBLOCK | O_NOATIME | O_DIRECT | O_LARGEFILE
fcntl(fd, F_SETFL, O_DSYNC | O_SYNC | 020000) == 0
fcntl(fd, F_GETFL, 0) == O_RDWR | O_LARGEFILE
fcntl(fd, F_SETFL, -1) == 0
fcntl(fd, F_GETFL, 0) == O_RDWR | O_APPEND | O_NONBLOCK | O_NOATIME | O_DIRECT | O_LARGEFILE
fcntl(fd, F_SETFL, 0) == 0
fcntl(fd, F_GETFL, 0) == O_RDWR | O_LARGEFILE
a = open("data", O_RDONLY | 020000 | O_DSYNC)
fcntl(a, F_SETFL, 0) == 0
fcntl(a, F_GETFL, 0) == O_RDONLY | 020000 | O_DSYNC | O_LARGEFILE
