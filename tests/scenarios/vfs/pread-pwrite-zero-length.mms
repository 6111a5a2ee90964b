# pread and pwrite of 0 bytes still check the descriptor (-EBADF if not open or of the wrong mode), then do nothing: pread reads nothing, pwrite returns 0, even past the end of file, whose size stays.
require files
fd = open("data", O_RDWR | O_CREAT, 0600)
pwrite(fd, 'd', 100, 0) == 100
ro = open("data", O_RDONLY)
pread(99, 0, 0) == -EBADF
pwrite(99, 'a', 0, 0) == -EBADF
pwrite(ro, 'a', 0, 0) == -EBADF
pread(fd, 0, 0) == NONE
pwrite(fd, 'z', 0, 0) == 0
pwrite(fd, 'z', 0, 10 * PAGE) == 0
pread(fd, 1, 100) == NONE
pread(fd, 100, 0) == 'd'
m = memfd_create("m", 0)
pwrite(m, 'm', 0, PAGE) == 0
pread(m, 1, 0) == NONE
