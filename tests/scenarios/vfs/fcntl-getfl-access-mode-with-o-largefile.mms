# F_GETFL of a fresh descriptor is its access mode with O_LARGEFILE (0100000), which x86_64 forces on every open: 32768, 32769, 32770 for O_RDONLY, O_WRONLY, O_RDWR, 32770 for a memfd; the flags of the open itself (O_CREAT, O_EXCL, O_TRUNC, O_NOCTTY, O_CLOEXEC) are not shown.
require files
O_LARGEFILE == 32768
a = open("data", O_RDWR | O_CREAT | O_EXCL | O_TRUNC | O_NOCTTY | O_CLOEXEC, 0600)
fcntl(a, F_GETFL, 0) == 32770
r = open("data", O_RDONLY)
fcntl(r, F_GETFL, 0) == 32768
w = open("data", O_WRONLY | O_LARGEFILE)
fcntl(w, F_GETFL, 0) == 32769
m = memfd_create("m", MFD_CLOEXEC | MFD_ALLOW_SEALING)
fcntl(m, F_GETFL, 0) == O_RDWR | O_LARGEFILE
