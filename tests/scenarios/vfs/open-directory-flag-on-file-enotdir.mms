# O_DIRECTORY on a regular file fails with -ENOTDIR in any access mode and with O_TRUNC (which then truncates nothing); on "." it opens the directory.
require files
fd = open("data", O_RDWR | O_CREAT, 0600)
pwrite(fd, 'd', PAGE, 0) == PAGE
open("data", O_RDONLY | O_DIRECTORY) == -ENOTDIR
open("data", O_RDWR | O_DIRECTORY) == -ENOTDIR
open("data", O_WRONLY | O_TRUNC | O_DIRECTORY) == -ENOTDIR
pread(fd, PAGE, 0) == 'd'
d = open(".", O_RDONLY | O_DIRECTORY)
pread(d, 1, 0) == -EISDIR
