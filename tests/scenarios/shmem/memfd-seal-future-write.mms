# F_SEAL_FUTURE_WRITE can be added while a writable shared mapping exists and that mapping keeps writing; new writable shared mmaps fail (-EPERM), pwrite fails (-EPERM), private mappings still copy; F_SEAL_WRITE is still refused (-EBUSY).
require files
require vm.memfd_noexec == 0
m = memfd_create("m", MFD_ALLOW_SEALING)
ftruncate(m, PAGE)
w = mmap(NULL, PAGE, PROT_READ | PROT_WRITE, MAP_SHARED, m, 0)
write(w, PAGE, 'a')
fcntl(m, F_ADD_SEALS, F_SEAL_FUTURE_WRITE) == 0
fcntl(m, F_GET_SEALS, 0) == F_SEAL_FUTURE_WRITE
write(w, 1, 'b')
pread(m, 1, 0) == 'b'
pwrite(m, 'x', 1, 0) == -EPERM
mmap(NULL, PAGE, PROT_READ | PROT_WRITE, MAP_SHARED, m, 0) == -EPERM
r = mmap(NULL, PAGE, PROT_READ, MAP_SHARED, m, 0)
vmflag(r, "mw") == 0
mprotect(r, PAGE, PROT_READ | PROT_WRITE) == -EACCES
p = mmap(NULL, PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE, m, 0)
write(p, 1, 'p')
read(w) == 'b'
fcntl(m, F_ADD_SEALS, F_SEAL_WRITE) == -EBUSY
