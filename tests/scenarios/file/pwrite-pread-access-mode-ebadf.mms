# pwrite on a descriptor opened O_RDONLY and pread on one opened O_WRONLY fail with -EBADF; pread at or past the end of file reads nothing.
require files
fd = open("data", O_RDWR | O_CREAT, 0600)
pwrite(fd, 'd', PAGE, 0) == PAGE
ro = open("data", O_RDONLY)
wo = open("data", O_WRONLY)
pwrite(ro, 'x', 1, 0) == -EBADF
pread(wo, 1, 0) == -EBADF
pread(ro, PAGE, 0) == 'd'
pwrite(wo, 'w', 1, 0) == 1
pread(ro, 1, 0) == 'w'
pread(ro, 1, PAGE) == NONE
pread(ro, 1, 100 * PAGE) == NONE
# a read crossing the end returns the bytes before it
pread(ro, 2 * PAGE, PAGE - 1) == 'd'
