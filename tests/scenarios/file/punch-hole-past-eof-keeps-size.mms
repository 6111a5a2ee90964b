# A hole punched across the end of file zeroes up to the end and does not change the size: pread past the end still reads nothing.
require files
fd = open("data", O_RDWR | O_CREAT, 0600)
pwrite(fd, 'd', 4 * PAGE, 0) == 4 * PAGE
fallocate(fd, FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE, 2 * PAGE, 10 * PAGE) == 0
pread(fd, 2 * PAGE, 2 * PAGE) == 0
pread(fd, 2 * PAGE, 0) == 'd'
pread(fd, 1, 4 * PAGE) == NONE
