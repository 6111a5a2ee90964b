# A file mapping at an offset that is not a multiple of the page size fails with -EINVAL; an offset whose pages overflow gives -EOVERFLOW.
require files
fd = open("data", O_RDWR | O_CREAT, 0600)
pwrite(fd, 'd', 4 * PAGE, 0) == 4 * PAGE
mmap(NULL, PAGE, PROT_READ, MAP_SHARED, fd, 1) == -EINVAL
mmap(NULL, PAGE, PROT_READ, MAP_SHARED, fd, PAGE / 2) == -EINVAL
mmap(NULL, PAGE, PROT_READ, MAP_PRIVATE, fd, PAGE + 1) == -EINVAL
mmap(NULL, PAGE, PROT_READ, MAP_SHARED, fd, -PAGE) == -EOVERFLOW
s = mmap(NULL, PAGE, PROT_READ, MAP_SHARED, fd, 3 * PAGE)
pwrite(fd, 'e', PAGE, 3 * PAGE) == PAGE
read(s, PAGE) == 'e'
