# O_DIRECT needs a file that can do direct I/O: an ext4 regular file (named, new or O_TMPFILE) opens with it, the directory fails with -EINVAL -- after the checks that refuse writing a directory (-EISDIR).
require files
fd = open("data", O_RDWR | O_CREAT | O_DIRECT, 0600)
fcntl(fd, F_GETFL, 0) == O_RDWR | O_DIRECT | O_LARGEFILE
g = open("data", O_RDONLY | O_DIRECT)
t = open(".", O_TMPFILE | O_RDWR | O_DIRECT, 0600)
fcntl(t, F_GETFL, 0) & O_DIRECT == O_DIRECT
open(".", O_RDONLY | O_DIRECT) == -EINVAL
open(".", O_RDONLY | O_DIRECTORY | O_DIRECT) == -EINVAL
open(".", O_WRONLY | O_DIRECT) == -EISDIR
open(".", O_RDONLY | O_TRUNC | O_DIRECT) == -EISDIR
