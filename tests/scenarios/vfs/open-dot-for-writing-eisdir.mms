# The directory "." cannot be opened for writing: O_WRONLY, O_RDWR, O_ACCMODE, O_TRUNC and O_CREAT all fail with -EISDIR, even with O_DIRECTORY; O_RDONLY | O_DIRECTORY opens it.
require files
open(".", O_WRONLY) == -EISDIR
open(".", O_RDWR) == -EISDIR
open(".", O_ACCMODE) == -EISDIR
open(".", O_RDONLY | O_TRUNC) == -EISDIR
open(".", O_RDONLY | O_CREAT, 0600) == -EISDIR
open(".", O_WRONLY | O_DIRECTORY) == -EISDIR
open("./", O_RDWR) == -EISDIR
d = open(".", O_RDONLY | O_DIRECTORY)
fcntl(d, F_GETFL, 0) == O_RDONLY | O_DIRECTORY | O_LARGEFILE
