# F_ADD_SEALS with a bit that is no seal fails with -EINVAL and adds nothing, not even the valid bits beside it.
require files
require vm.memfd_noexec == 0
m = memfd_create("m", MFD_ALLOW_SEALING)
fcntl(m, F_ADD_SEALS, 0x100) == -EINVAL
fcntl(m, F_ADD_SEALS, F_SEAL_SHRINK | 0x80) == -EINVAL
fcntl(m, F_GET_SEALS, 0) == 0
