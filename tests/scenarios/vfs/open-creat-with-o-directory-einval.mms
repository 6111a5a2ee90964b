# O_CREAT together with O_DIRECTORY fails with -EINVAL before the path is looked at: for a free name (nothing is created), an existing file and the directory alike.
require files
open("free", O_RDWR | O_CREAT | O_DIRECTORY, 0600) == -EINVAL
open("free", O_RDONLY | O_CREAT | O_EXCL | O_DIRECTORY, 0600) == -EINVAL
open("free", O_RDONLY) == -ENOENT
fd = open("file", O_RDWR | O_CREAT, 0600)
open("file", O_RDONLY | O_CREAT | O_DIRECTORY, 0600) == -EINVAL
open(".", O_RDONLY | O_CREAT | O_DIRECTORY, 0600) == -EINVAL
open("free/x", O_RDONLY | O_CREAT | O_DIRECTORY, 0600) == -EINVAL
