# With O_APPEND, Linux's pwrite appends at the end of file and ignores its offset (POSIX says otherwise): offset 0 and an offset far past the end both write right after the last byte, on ext4 and on a memfd.
require files
fd = open("data", O_RDWR | O_CREAT | O_APPEND, 0600)
pwrite(fd, 'a', 100, 0) == 100
pwrite(fd, 'b', 100, 0) == 100
pwrite(fd, 'c', 100, 10 * PAGE) == 100
pread(fd, 100, 0) == 'a'
pread(fd, 100, 100) == 'b'
pread(fd, 100, 200) == 'c'
pread(fd, 1, 300) == NONE
m = memfd_create("m", 0)
fcntl(m, F_SETFL, O_APPEND) == 0
pwrite(m, 'm', PAGE, 5 * PAGE) == PAGE
pwrite(m, 'n', PAGE, 0) == PAGE
pread(m, PAGE, 0) == 'm'
pread(m, PAGE, PAGE) == 'n'
pread(m, 1, 2 * PAGE) == NONE
