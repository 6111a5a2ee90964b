# open with O_CREAT of "name/" fails with -EISDIR whether the name is free or a regular file (open cannot make a directory), and creates nothing; a slash after a first component fails as the walk meets it: -ENOENT for a free name, -ENOTDIR for a file.
require files
fd = open("file", O_RDWR | O_CREAT, 0600)
open("free/", O_RDWR | O_CREAT, 0600) == -EISDIR
open("free/", O_RDONLY | O_CREAT | O_EXCL, 0600) == -EISDIR
open("file/", O_RDWR | O_CREAT, 0600) == -EISDIR
open("free//", O_WRONLY | O_CREAT, 0600) == -EISDIR
open("free", O_RDONLY) == -ENOENT
open("free/x", O_RDWR | O_CREAT, 0600) == -ENOENT
open("file/x", O_RDWR | O_CREAT, 0600) == -ENOTDIR
open("./free/", O_RDWR | O_CREAT, 0600) == -EISDIR
# the directory itself is no new name: O_EXCL says it exists, O_CREAT alone that it is a directory
open("./", O_RDONLY | O_CREAT | O_EXCL, 0600) == -EEXIST
open("./", O_RDONLY | O_CREAT, 0600) == -EISDIR
open("free", O_RDONLY) == -ENOENT
