# Seals are the memfd's, not a descriptor's: seals added through a duplicate or in a forked child show through every descriptor of the file, and F_SEAL_SEAL added anywhere stops all further sealing.
require files
require vm.memfd_noexec == 0
m = memfd_create("m", MFD_ALLOW_SEALING)
d = fcntl(m, F_DUPFD, 0)
fcntl(d, F_ADD_SEALS, F_SEAL_SHRINK) == 0
fcntl(m, F_GET_SEALS, 0) == F_SEAL_SHRINK
c = fork()
@c fcntl(m, F_ADD_SEALS, F_SEAL_GROW | F_SEAL_SEAL) == 0
fcntl(d, F_GET_SEALS, 0) == F_SEAL_SHRINK | F_SEAL_GROW | F_SEAL_SEAL
fcntl(m, F_ADD_SEALS, F_SEAL_WRITE) == -EPERM
pwrite(m, 'm', 1, 0) == -EPERM
@c exit()
ftruncate(d, 0) == 0
