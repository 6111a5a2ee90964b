# memfd_create gives the lowest free descriptor; with MFD_CLOEXEC its F_GETFD is FD_CLOEXEC (1), without it 0.
require files
a = memfd_create("a", 0) == 3
fcntl(a, F_GETFD, 0) == 0
b = memfd_create("b", MFD_CLOEXEC) == 4
fcntl(b, F_GETFD, 0) == FD_CLOEXEC
close(a) == 0
c = memfd_create("c", MFD_CLOEXEC | MFD_ALLOW_SEALING) == 3
fcntl(c, F_GETFD, 0) == 1
