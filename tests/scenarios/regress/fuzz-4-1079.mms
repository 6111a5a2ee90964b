# F_GETFL of a file opened with O_TMPFILE shows O_TMPFILE (__O_TMPFILE | O_DIRECTORY), which stays in f_flags, with O_LARGEFILE and the access mode (found by mmsim fuzz --seed 4, sequences 1004 and 1079: the model dropped it)
require files
f = open(".", O_TMPFILE | O_RDWR, 0600) == 3
fcntl(f, F_GETFL, 0) == O_TMPFILE | O_LARGEFILE | O_RDWR
fcntl(f, F_SETFL, O_APPEND) == 0
fcntl(f, F_GETFL, 0) == O_TMPFILE | O_LARGEFILE | O_APPEND | O_RDWR
g = open(".", O_TMPFILE | O_WRONLY | O_CLOEXEC, 0600) == 4
fcntl(g, F_GETFL, 0) == O_TMPFILE | O_LARGEFILE | O_WRONLY
h = open("h", O_RDWR | O_CREAT | O_EXCL | O_TRUNC, 0600) == 5
fcntl(h, F_GETFL, 0) == O_LARGEFILE | O_RDWR
