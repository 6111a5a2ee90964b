# O_PATH drops every flag but O_DIRECTORY, O_NOFOLLOW and O_CLOEXEC before open looks at them: O_CREAT creates nothing (-ENOENT) and cannot clash with O_DIRECTORY, O_TRUNC truncates nothing, O_RDWR opens the directory, O_DIRECT is not refused; a trailing slash or O_DIRECTORY on a file still gives -ENOTDIR.
require files
fd = open("data", O_RDWR | O_CREAT, 0600)
pwrite(fd, 'd', PAGE, 0) == PAGE
open("free", O_PATH | O_CREAT, 0600) == -ENOENT
open("free", O_RDONLY) == -ENOENT
open("data", O_PATH | O_CREAT | O_DIRECTORY, 0600) == -ENOTDIR
open("data/", O_PATH) == -ENOTDIR
t = open("data", O_PATH | O_RDWR | O_TRUNC | O_APPEND)
fcntl(t, F_GETFL, 0) == O_PATH
pread(fd, PAGE, 0) == 'd'
d = open(".", O_PATH | O_RDWR | O_DIRECT)
fcntl(d, F_GETFL, 0) == O_PATH
e = open(".", O_PATH | O_DIRECTORY | O_NOFOLLOW | O_TMPFILE | O_RDWR)
fcntl(e, F_GETFL, 0) == O_PATH | O_DIRECTORY | O_NOFOLLOW
x = open("data", O_PATH | O_ACCMODE)
fcntl(x, F_GETFL, 0) == O_PATH
