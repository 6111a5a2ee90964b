# ftruncate to a negative length fails with -EINVAL and changes nothing; ftruncate to 0 empties the file and a mapping of it then raises SIGBUS.
require files
fd = open("data", O_RDWR | O_CREAT, 0600)
pwrite(fd, 'd', PAGE, 0) == PAGE
ftruncate(fd, -1) == -EINVAL
ftruncate(fd, -PAGE) == -EINVAL
pread(fd, PAGE, 0) == 'd'
s = mmap(NULL, PAGE, PROT_READ, MAP_SHARED, fd, 0)
read(s) == 'd'
ftruncate(fd, 0) == 0
pread(fd, 1, 0) == NONE
read(s) == SIGBUS
