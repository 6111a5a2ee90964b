# O_EXCL without O_CREAT means nothing to a regular file: an existing name opens, a free one is -ENOENT (never created); only with O_CREAT does it refuse an existing name.
require files
fd = open("data", O_RDWR | O_CREAT, 0600)
pwrite(fd, 'd', PAGE, 0) == PAGE
e = open("data", O_RDONLY | O_EXCL)
pread(e, PAGE, 0) == 'd'
fcntl(e, F_GETFL, 0) == O_RDONLY | O_LARGEFILE
open("free", O_RDWR | O_EXCL) == -ENOENT
open("free", O_RDONLY) == -ENOENT
open("data", O_RDWR | O_CREAT | O_EXCL, 0600) == -EEXIST
