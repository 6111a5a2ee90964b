# A descriptor inherited across fork names the same open file: F_SETFL in the child (O_APPEND) changes the parent's file too, so the parent's pwrite appends; FD_CLOEXEC belongs to each table's slot and does not cross.
require files
fd = open("data", O_RDWR | O_CREAT, 0600)
pwrite(fd, 'a', PAGE, 0) == PAGE
c = fork()
@c fcntl(fd, F_SETFL, O_APPEND) == 0
@c fcntl(fd, F_SETFD, FD_CLOEXEC) == 0
fcntl(fd, F_GETFL, 0) == O_RDWR | O_APPEND | O_LARGEFILE
fcntl(fd, F_GETFD, 0) == 0
pwrite(fd, 'b', PAGE, 0) == PAGE
pread(fd, PAGE, 0) == 'a'
pread(fd, PAGE, PAGE) == 'b'
fcntl(fd, F_SETFL, 0) == 0
@c fcntl(fd, F_GETFL, 0) == O_RDWR | O_LARGEFILE
@c fcntl(fd, F_GETFD, 0) == FD_CLOEXEC
@c exit()
