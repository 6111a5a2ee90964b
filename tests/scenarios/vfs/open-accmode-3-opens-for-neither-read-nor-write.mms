# open with the access mode O_ACCMODE (3) succeeds on a regular file (as root), and the descriptor is good for neither reading nor writing: pread and pwrite -EBADF, mmap -EACCES, ftruncate -EINVAL, fallocate -EBADF; fsync works and F_GETFL shows the mode as 3.
require files
fd = open("data", O_RDWR | O_CREAT, 0600)
pwrite(fd, 'd', PAGE, 0) == PAGE
x = open("data", O_ACCMODE)
fcntl(x, F_GETFL, 0) & O_ACCMODE == 3
fcntl(x, F_GETFL, 0) == O_ACCMODE | O_LARGEFILE
pread(x, 1, 0) == -EBADF
pwrite(x, 'x', 1, 0) == -EBADF
mmap(NULL, PAGE, PROT_READ, MAP_PRIVATE, x, 0) == -EACCES
mmap(NULL, PAGE, PROT_READ, MAP_SHARED, x, 0) == -EACCES
ftruncate(x, 0) == -EINVAL
fallocate(x, 0, 0, PAGE) == -EBADF
fsync(x) == 0
pread(fd, PAGE, 0) == 'd'
# it may create, and it may truncate
y = open("new", O_ACCMODE | O_CREAT, 0600)
pread(y, 1, 0) == -EBADF
z = open("data", O_ACCMODE | O_TRUNC)
pread(fd, 1, 0) == NONE
