# O_APPEND set by F_SETFL makes every pwrite append at the end of file whatever its offset, and clearing it makes pwrite write at its offset again.
require files
fd = open("data", O_RDWR | O_CREAT, 0600)
pwrite(fd, 'a', PAGE, 0) == PAGE
fcntl(fd, F_SETFL, O_APPEND) == 0
pwrite(fd, 'b', PAGE, 0) == PAGE
pread(fd, PAGE, 0) == 'a'
pread(fd, PAGE, PAGE) == 'b'
fcntl(fd, F_SETFL, 0) == 0
pwrite(fd, 'c', PAGE, 0) == PAGE
pread(fd, PAGE, 0) == 'c'
pread(fd, 1, 2 * PAGE) == NONE
