# memfd_create refuses unknown flag bits and MFD_EXEC together with MFD_NOEXEC_SEAL with -EINVAL.
require files
require vm.memfd_noexec == 0
memfd_create("m", 0x100) == -EINVAL
memfd_create("m", 0x40) == -EINVAL
memfd_create("m", -1) == -EINVAL
memfd_create("m", MFD_EXEC | MFD_NOEXEC_SEAL) == -EINVAL
m = memfd_create("m", MFD_CLOEXEC | MFD_ALLOW_SEALING)
fcntl(m, F_GET_SEALS, 0) == 0
