# A path that goes on past a regular file, "file/" or "file/x", fails with -ENOTDIR; past a free name with -ENOENT; O_DIRECTORY on the file alone also gives -ENOTDIR, while "./file" is the file itself.
require files
fd = open("file", O_RDWR | O_CREAT, 0600)
pwrite(fd, 'f', PAGE, 0) == PAGE
open("file/", O_RDONLY) == -ENOTDIR
open("file//", O_RDWR) == -ENOTDIR
open("file/x", O_RDONLY) == -ENOTDIR
open("file/.", O_RDONLY) == -ENOTDIR
open("file", O_RDONLY | O_DIRECTORY) == -ENOTDIR
open("free/", O_RDONLY) == -ENOENT
open("free/x", O_RDONLY) == -ENOENT
g = open("./file", O_RDONLY)
pread(g, PAGE, 0) == 'f'
h = open(".//./file", O_RDONLY)
pread(h, 1, 0) == 'f'
