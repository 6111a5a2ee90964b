# O_CREAT | O_EXCL fails with -EEXIST on a name that exists, leaving the file and its data alone; without O_EXCL, O_CREAT opens the existing file; a fresh name is created.
require files
fd = open("data", O_RDWR | O_CREAT | O_EXCL, 0600)
pwrite(fd, 'd', PAGE, 0) == PAGE
open("data", O_RDWR | O_CREAT | O_EXCL, 0600) == -EEXIST
open("data", O_RDONLY | O_CREAT | O_EXCL, 0600) == -EEXIST
open("data", O_WRONLY | O_CREAT | O_EXCL | O_TRUNC, 0600) == -EEXIST
pread(fd, PAGE, 0) == 'd'
g = open("data", O_RDWR | O_CREAT, 0600)
pread(g, PAGE, 0) == 'd'
h = open("other", O_RDWR | O_CREAT | O_EXCL, 0600)
open(".", O_RDONLY | O_CREAT | O_EXCL, 0600) == -EEXIST
