# unlink of "file/" fails with -ENOTDIR and keeps the name (the slash asks for a directory); of "free/" with -ENOENT; a component after a file gives -ENOTDIR, after a free name -ENOENT.
require files
fd = open("file", O_RDWR | O_CREAT, 0600)
unlink("file/") == -ENOTDIR
unlink("file//") == -ENOTDIR
unlink("file/x") == -ENOTDIR
unlink("free/") == -ENOENT
unlink("free/x") == -ENOENT
g = open("file", O_RDONLY)
unlink("./file") == 0
unlink("file") == -ENOENT
