# F_GET_SEALS right after memfd_create: F_SEAL_SEAL (1) without MFD_ALLOW_SEALING, 0 with it, F_SEAL_EXEC (32) with MFD_NOEXEC_SEAL (which allows sealing), F_SEAL_SEAL with MFD_EXEC; a disk file has no seals (-EINVAL).
require files
require vm.memfd_noexec == 0
F_SEAL_SEAL == 1
F_SEAL_SHRINK == 2
F_SEAL_GROW == 4
F_SEAL_WRITE == 8
F_SEAL_FUTURE_WRITE == 16
F_SEAL_EXEC == 32
a = memfd_create("a", 0)
fcntl(a, F_GET_SEALS, 0) == F_SEAL_SEAL
b = memfd_create("b", MFD_ALLOW_SEALING)
fcntl(b, F_GET_SEALS, 0) == 0
n = memfd_create("n", MFD_NOEXEC_SEAL)
fcntl(n, F_GET_SEALS, 0) == F_SEAL_EXEC
fcntl(n, F_ADD_SEALS, F_SEAL_GROW) == 0
fcntl(n, F_GET_SEALS, 0) == F_SEAL_EXEC | F_SEAL_GROW
e = memfd_create("e", MFD_EXEC)
fcntl(e, F_GET_SEALS, 0) == F_SEAL_SEAL
fd = open("data", O_RDWR | O_CREAT, 0600)
fcntl(fd, F_GET_SEALS, 0) == -EINVAL
fcntl(fd, F_ADD_SEALS, F_SEAL_WRITE) == -EINVAL
