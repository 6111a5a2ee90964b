# F_ADD_SEALS adds to the set: seals accumulate (2, then 2|4 = 6, then 14), adding one already set or 0 succeeds and changes nothing.
require files
require vm.memfd_noexec == 0
m = memfd_create("m", MFD_ALLOW_SEALING)
fcntl(m, F_ADD_SEALS, F_SEAL_SHRINK) == 0
fcntl(m, F_GET_SEALS, 0) == 2
fcntl(m, F_ADD_SEALS, F_SEAL_GROW) == 0
fcntl(m, F_GET_SEALS, 0) == 6
fcntl(m, F_ADD_SEALS, F_SEAL_SHRINK | F_SEAL_WRITE) == 0
fcntl(m, F_GET_SEALS, 0) == 14
fcntl(m, F_ADD_SEALS, 0) == 0
fcntl(m, F_GET_SEALS, 0) == 14
