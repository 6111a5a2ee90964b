# Processes share the directory, not the descriptor table: a file the child creates can be opened by the parent and holds what the child wrote, and a name the parent unlinks is gone for the child too while the child's descriptor still reads the file.
require files
c = fork()
@c fd = open("child", O_RDWR | O_CREAT | O_EXCL, 0600)
@c pwrite(fd, 'c', PAGE, 0) == PAGE
g = open("child", O_RDONLY)
pread(g, PAGE, 0) == 'c'
open("child", O_RDWR | O_CREAT | O_EXCL, 0600) == -EEXIST
unlink("child") == 0
@c open("child", O_RDONLY) == -ENOENT
@c pread(fd, PAGE, 0) == 'c'
@c exit()
pread(g, PAGE, 0) == 'c'
