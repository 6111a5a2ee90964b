# "." opened O_RDONLY gives a directory descriptor that each data call refuses in its own way: mmap -ENODEV (private or shared), pread -EISDIR (even of 0 bytes), pwrite -EBADF, ftruncate -EINVAL, fallocate -EBADF, F_GET_SEALS -EINVAL, F_ADD_SEALS -EPERM; fsync works.
require files
d = open(".", O_RDONLY)
fcntl(d, F_GETFL, 0) == O_RDONLY | O_LARGEFILE
mmap(NULL, PAGE, PROT_READ, MAP_PRIVATE, d, 0) == -ENODEV
mmap(NULL, PAGE, PROT_READ, MAP_SHARED, d, 0) == -ENODEV
mmap(NULL, PAGE, PROT_READ | PROT_WRITE, MAP_SHARED, d, 0) == -EACCES
pread(d, 1, 0) == -EISDIR
pread(d, 0, 0) == -EISDIR
pread(d, 1, -1) == -EINVAL
pwrite(d, 'x', 1, 0) == -EBADF
ftruncate(d, 0) == -EINVAL
fallocate(d, 0, 0, PAGE) == -EBADF
fallocate(d, 0x100, 0, PAGE) == -EOPNOTSUPP
fcntl(d, F_GET_SEALS, 0) == -EINVAL
fcntl(d, F_ADD_SEALS, F_SEAL_GROW) == -EPERM
fsync(d) == 0
close(d) == 0
