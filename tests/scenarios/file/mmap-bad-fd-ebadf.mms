# mmap of a file mapping with a descriptor that is not open (never opened, -1, or already closed) fails with -EBADF, shared or private.
require files
mmap(NULL, PAGE, PROT_READ, MAP_SHARED, 99, 0) == -EBADF
mmap(NULL, PAGE, PROT_READ, MAP_PRIVATE, 99, 0) == -EBADF
mmap(NULL, PAGE, PROT_READ, MAP_SHARED, -1, 0) == -EBADF
mmap(NULL, PAGE, PROT_READ, MAP_SHARED_VALIDATE, -1, 0) == -EBADF
fd = open("data", O_RDWR | O_CREAT, 0600)
ftruncate(fd, PAGE)
close(fd) == 0
mmap(NULL, PAGE, PROT_READ, MAP_SHARED, fd, 0) == -EBADF
mmap(NULL, PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, 0) == -EBADF
close(fd) == -EBADF
