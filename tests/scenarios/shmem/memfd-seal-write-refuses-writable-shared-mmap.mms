# After F_SEAL_WRITE a writable MAP_SHARED mmap fails with -EPERM; a read-only shared mapping works but has no mw, so mprotect(PROT_WRITE) fails with -EACCES.
require files
m = memfd_create("m", MFD_ALLOW_SEALING)
ftruncate(m, PAGE)
pwrite(m, 's', PAGE, 0) == PAGE
fcntl(m, F_ADD_SEALS, F_SEAL_WRITE) == 0
mmap(NULL, PAGE, PROT_READ | PROT_WRITE, MAP_SHARED, m, 0) == -EPERM
mmap(NULL, PAGE, PROT_WRITE, MAP_SHARED, m, 0) == -EPERM
r = mmap(NULL, PAGE, PROT_READ, MAP_SHARED, m, 0)
read(r) == 's'
vmflag(r, "mw") == 0
mprotect(r, PAGE, PROT_READ | PROT_WRITE) == -EACCES
write(r, 1, 'x') == SIGSEGV
