# F_SEAL_WRITE fails with -EBUSY while any MAP_SHARED mapping may write (VmFlags mw): a writable one, one mprotect'ed to PROT_READ, even one mapped PROT_READ; private mappings do not count; with no such mapping left it succeeds.
require files
require vm.memfd_noexec == 0
m = memfd_create("m", MFD_ALLOW_SEALING)
ftruncate(m, 2 * PAGE)
w = mmap(NULL, PAGE, PROT_READ | PROT_WRITE, MAP_SHARED, m, 0)
fcntl(m, F_ADD_SEALS, F_SEAL_WRITE) == -EBUSY
mprotect(w, PAGE, PROT_READ) == 0
vmflag(w, "mw") == 1
fcntl(m, F_ADD_SEALS, F_SEAL_WRITE) == -EBUSY
munmap(w, PAGE) == 0
r = mmap(NULL, PAGE, PROT_READ, MAP_SHARED, m, 0)
vmflag(r, "mw") == 1
fcntl(m, F_ADD_SEALS, F_SEAL_WRITE) == -EBUSY
fcntl(m, F_GET_SEALS, 0) == 0
munmap(r, PAGE) == 0
p = mmap(NULL, PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE, m, 0)
write(p, 1, 'p')
fcntl(m, F_ADD_SEALS, F_SEAL_WRITE) == 0
fcntl(m, F_GET_SEALS, 0) == F_SEAL_WRITE
# once sealed, a read-only shared mapping is made without mw
t = mmap(NULL, PAGE, PROT_READ, MAP_SHARED, m, 0)
vmflag(t, "mw") == 0
