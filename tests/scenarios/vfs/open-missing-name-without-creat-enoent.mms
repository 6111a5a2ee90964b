# open of a free name without O_CREAT fails with -ENOENT in every access mode, with O_TRUNC, O_EXCL or O_DIRECTORY too, and creates nothing; with O_CREAT the same name is made.
require files
open("data", O_RDONLY) == -ENOENT
open("data", O_WRONLY) == -ENOENT
open("data", O_RDWR | O_TRUNC) == -ENOENT
open("data", O_RDWR | O_EXCL) == -ENOENT
open("data", O_RDONLY | O_DIRECTORY) == -ENOENT
open("data", O_ACCMODE) == -ENOENT
unlink("data") == -ENOENT
fd = open("data", O_RDWR | O_CREAT, 0600) == 3
pread(fd, 1, 0) == NONE
g = open("data", O_RDONLY) == 4
