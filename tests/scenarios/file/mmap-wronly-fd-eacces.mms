# Every mmap of a file opened O_WRONLY fails with -EACCES, shared or private, whatever the protection: mapping needs a readable descriptor.
require files
fd = open("data", O_WRONLY | O_CREAT, 0600)
pwrite(fd, 'd', PAGE, 0) == PAGE
mmap(NULL, PAGE, PROT_READ, MAP_SHARED, fd, 0) == -EACCES
mmap(NULL, PAGE, PROT_WRITE, MAP_SHARED, fd, 0) == -EACCES
mmap(NULL, PAGE, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0) == -EACCES
mmap(NULL, PAGE, PROT_NONE, MAP_SHARED, fd, 0) == -EACCES
mmap(NULL, PAGE, PROT_READ, MAP_PRIVATE, fd, 0) == -EACCES
mmap(NULL, PAGE, PROT_NONE, MAP_PRIVATE, fd, 0) == -EACCES
mmap(NULL, PAGE, PROT_READ, MAP_SHARED_VALIDATE, fd, 0) == -EACCES
