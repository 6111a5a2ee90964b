# F_DUPFD gives the lowest free descriptor at or above its argument: from 0 that is past the standard streams and the open ones, from 10 it is 10, then 11, and a freed number below is taken again.
require files
a = open("data", O_RDWR | O_CREAT, 0600) == 3
b = open("data", O_RDONLY) == 4
fcntl(a, F_DUPFD, 0) == 5
fcntl(a, F_DUPFD, 1) == 6
fcntl(a, F_DUPFD, 4) == 7
fcntl(a, F_DUPFD, 10) == 10
fcntl(b, F_DUPFD_CLOEXEC, 10) == 11
close(4) == 0
fcntl(a, F_DUPFD, 3) == 4
fcntl(a, F_DUPFD, 200) == 200
fcntl(200, F_GETFL, 0) == O_RDWR | O_LARGEFILE
