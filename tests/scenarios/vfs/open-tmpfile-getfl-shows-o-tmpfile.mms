# F_GETFL of an O_TMPFILE descriptor keeps O_TMPFILE, O_DIRECTORY included (0x410000), beside the access mode and O_LARGEFILE: 4292610 for O_RDWR.
require files
t = open(".", O_TMPFILE | O_RDWR, 0600)
fcntl(t, F_GETFL, 0) == O_TMPFILE | O_RDWR | O_LARGEFILE
fcntl(t, F_GETFL, 0) == 4292610
w = open(".", O_TMPFILE | O_WRONLY | O_CLOEXEC | O_EXCL, 0600)
fcntl(w, F_GETFL, 0) == O_TMPFILE | O_WRONLY | O_LARGEFILE
fcntl(w, F_GETFD, 0) == FD_CLOEXEC
