# A read-only shared mapping made after F_SEAL_FUTURE_WRITE has no mw, so it does not block F_SEAL_WRITE, which succeeds once the older writable mapping is gone.
require files
require vm.memfd_noexec == 0
m = memfd_create("m", MFD_ALLOW_SEALING)
ftruncate(m, PAGE)
w = mmap(NULL, PAGE, PROT_READ | PROT_WRITE, MAP_SHARED, m, 0)
fcntl(m, F_ADD_SEALS, F_SEAL_FUTURE_WRITE) == 0
r = mmap(NULL, PAGE, PROT_READ, MAP_SHARED, m, 0)
vmflag(r, "mw") == 0
fcntl(m, F_ADD_SEALS, F_SEAL_WRITE) == -EBUSY
munmap(w, PAGE) == 0
fcntl(m, F_ADD_SEALS, F_SEAL_WRITE) == 0
fcntl(m, F_GET_SEALS, 0) == F_SEAL_WRITE | F_SEAL_FUTURE_WRITE
