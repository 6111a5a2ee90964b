# open(2) ignores flag bits it does not know (unlike openat2): the open succeeds and F_GETFL shows none of them.
require files
fd = open("data", O_RDWR | O_CREAT | 0x80000000 | 040000000 | 0100000000 | 0x40000000, 0600)
fcntl(fd, F_GETFL, 0) == O_RDWR | O_LARGEFILE
pwrite(fd, 'd', PAGE, 0) == PAGE
g = open("data", O_RDONLY | 0x80000000)
pread(g, PAGE, 0) == 'd'
fcntl(g, F_GETFL, 0) == O_RDONLY | O_LARGEFILE
