# pread at the end of file or anywhere past it reads nothing (NONE, not an error): just past the last byte, pages further, past ext4's size limit, at LLONG_MAX - 1; and a read that crosses the end returns the bytes before it.
require files
fd = open("data", O_RDWR | O_CREAT, 0600)
pwrite(fd, 'd', PAGE + 10, 0) == PAGE + 10
pread(fd, 1, PAGE + 10) == NONE
pread(fd, PAGE, PAGE + 10) == NONE
pread(fd, PAGE, 100 * PAGE) == NONE
pread(fd, PAGE, 0x100000000000) == NONE
pread(fd, 1, 0x7ffffffffffffffe) == NONE
pread(fd, 2 * PAGE, PAGE) == 'd'
m = memfd_create("m", 0)
ftruncate(m, PAGE) == 0
pread(m, 1, PAGE) == NONE
pread(m, 2 * PAGE, PAGE - 1) == 0
