# MAP_SYNC on a file of a file system without DAX (ext4 here) fails with -EOPNOTSUPP, with MAP_SHARED_VALIDATE and also with plain MAP_SHARED or MAP_PRIVATE.
require files
fd = open("data", O_RDWR | O_CREAT, 0600)
pwrite(fd, 'd', PAGE, 0) == PAGE
mmap(NULL, PAGE, PROT_READ | PROT_WRITE, MAP_SHARED_VALIDATE | MAP_SYNC, fd, 0) == -EOPNOTSUPP
mmap(NULL, PAGE, PROT_READ, MAP_SHARED | MAP_SYNC, fd, 0) == -EOPNOTSUPP
mmap(NULL, PAGE, PROT_READ, MAP_PRIVATE | MAP_SYNC, fd, 0) == -EOPNOTSUPP
