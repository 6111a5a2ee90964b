# F_ADD_SEALS checks write access first (-EPERM on an O_RDONLY descriptor, even of the directory), then the seal bits (-EINVAL for unknown ones), then whether the file takes seals at all (-EINVAL for an ext4 file), then F_SEAL_SEAL (-EPERM); F_GET_SEALS of a file without seals is -EINVAL.
require files
require vm.memfd_noexec == 0
fd = open("data", O_RDWR | O_CREAT, 0600)
ro = open("data", O_RDONLY)
d = open(".", O_RDONLY)
fcntl(ro, F_ADD_SEALS, 0x100) == -EPERM
fcntl(d, F_ADD_SEALS, F_SEAL_GROW) == -EPERM
fcntl(fd, F_ADD_SEALS, 0x100) == -EINVAL
fcntl(fd, F_ADD_SEALS, F_SEAL_GROW) == -EINVAL
fcntl(fd, F_GET_SEALS, 0) == -EINVAL
fcntl(ro, F_GET_SEALS, 0) == -EINVAL
m = memfd_create("m", 0)
fcntl(m, F_ADD_SEALS, 0x100) == -EINVAL
fcntl(m, F_ADD_SEALS, F_SEAL_GROW) == -EPERM
fcntl(m, F_GET_SEALS, 0) == F_SEAL_SEAL
