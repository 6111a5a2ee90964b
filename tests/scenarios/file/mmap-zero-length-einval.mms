# A file mapping of length 0 fails with -EINVAL, shared or private, before the descriptor's access mode is looked at.
require files
fd = open("data", O_RDWR | O_CREAT, 0600)
pwrite(fd, 'd', PAGE, 0) == PAGE
mmap(NULL, 0, PROT_READ, MAP_SHARED, fd, 0) == -EINVAL
mmap(NULL, 0, PROT_READ, MAP_PRIVATE, fd, 0) == -EINVAL
wo = open("data", O_WRONLY)
mmap(NULL, 0, PROT_READ, MAP_SHARED, wo, 0) == -EINVAL
