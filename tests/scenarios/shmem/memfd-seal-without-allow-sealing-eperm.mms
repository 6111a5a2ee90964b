# A memfd created without MFD_ALLOW_SEALING already carries F_SEAL_SEAL: every F_ADD_SEALS fails with -EPERM, even of 0.
require files
require vm.memfd_noexec == 0
m = memfd_create("m", 0)
fcntl(m, F_ADD_SEALS, F_SEAL_WRITE) == -EPERM
fcntl(m, F_ADD_SEALS, F_SEAL_SHRINK) == -EPERM
fcntl(m, F_ADD_SEALS, 0) == -EPERM
fcntl(m, F_GET_SEALS, 0) == F_SEAL_SEAL
ftruncate(m, PAGE) == 0
pwrite(m, 'x', PAGE, 0) == PAGE
