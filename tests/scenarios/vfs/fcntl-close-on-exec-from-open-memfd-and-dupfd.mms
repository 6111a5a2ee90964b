# FD_CLOEXEC (1) is set on a new descriptor by O_CLOEXEC, MFD_CLOEXEC and F_DUPFD_CLOEXEC, and by nothing else: plain open, memfd_create and F_DUPFD (even of a close-on-exec descriptor) give 0.
require files
FD_CLOEXEC == 1
a = open("data", O_RDWR | O_CREAT | O_CLOEXEC, 0600)
fcntl(a, F_GETFD, 0) == FD_CLOEXEC
b = open("data", O_RDONLY)
fcntl(b, F_GETFD, 0) == 0
m = memfd_create("m", MFD_CLOEXEC)
fcntl(m, F_GETFD, 0) == FD_CLOEXEC
n = memfd_create("n", MFD_ALLOW_SEALING)
fcntl(n, F_GETFD, 0) == 0
c = fcntl(b, F_DUPFD_CLOEXEC, 0)
fcntl(c, F_GETFD, 0) == FD_CLOEXEC
d = fcntl(a, F_DUPFD, 0)
fcntl(d, F_GETFD, 0) == 0
t = open(".", O_TMPFILE | O_RDWR | O_CLOEXEC, 0600)
fcntl(t, F_GETFD, 0) == FD_CLOEXEC
