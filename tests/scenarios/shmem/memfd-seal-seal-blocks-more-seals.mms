# After F_SEAL_SEAL no seal can be added (-EPERM, even 0); the seals already set stay in force.
require files
require vm.memfd_noexec == 0
m = memfd_create("m", MFD_ALLOW_SEALING)
ftruncate(m, 2 * PAGE)
fcntl(m, F_ADD_SEALS, F_SEAL_SHRINK | F_SEAL_SEAL) == 0
fcntl(m, F_GET_SEALS, 0) == F_SEAL_SEAL | F_SEAL_SHRINK
fcntl(m, F_ADD_SEALS, F_SEAL_GROW) == -EPERM
fcntl(m, F_ADD_SEALS, 0) == -EPERM
fcntl(m, F_GET_SEALS, 0) == 3
ftruncate(m, PAGE) == -EPERM
ftruncate(m, 4 * PAGE) == 0
