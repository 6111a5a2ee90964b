# F_SEAL_EXEC on an executable memfd (one made without MFD_NOEXEC_SEAL) adds the write seals too, W^X from the start: writes and size changes fail with -EPERM, and while a shared mapping may write the file it fails with -EBUSY (found by mmsim fuzz --seed 2, sequences 45, 62 and 105: the model added F_SEAL_EXEC alone)
require files
require vm.memfd_noexec == 0
m = memfd_create("m", MFD_ALLOW_SEALING) == 3
fcntl(m, F_ADD_SEALS, F_SEAL_EXEC) == 0
fcntl(m, F_GET_SEALS, 0) == F_SEAL_EXEC | F_SEAL_FUTURE_WRITE | F_SEAL_WRITE | F_SEAL_GROW | F_SEAL_SHRINK
pwrite(m, 'a', PAGE, 0) == -EPERM
ftruncate(m, PAGE) == -EPERM
fallocate(m, 0, 0, PAGE) == -EPERM
# a memfd made with MFD_NOEXEC_SEAL is not executable: F_SEAL_EXEC is all it has
n = memfd_create("n", MFD_NOEXEC_SEAL) == 4
fcntl(n, F_GET_SEALS, 0) == F_SEAL_EXEC
pwrite(n, 'a', PAGE, 0) == PAGE
fcntl(n, F_ADD_SEALS, F_SEAL_EXEC) == 0
fcntl(n, F_GET_SEALS, 0) == F_SEAL_EXEC
# a shared mapping that may write (VM_MAYWRITE, even read-only) keeps the seals out
e = memfd_create("e", MFD_EXEC | MFD_ALLOW_SEALING) == 5
ftruncate(e, PAGE) == 0
p = mmap(NULL, PAGE, PROT_READ, MAP_SHARED, e, 0)
fcntl(e, F_ADD_SEALS, F_SEAL_EXEC) == -EBUSY
fcntl(e, F_GET_SEALS, 0) == 0
munmap(p, PAGE) == 0
fcntl(e, F_ADD_SEALS, F_SEAL_EXEC) == 0
fcntl(e, F_GET_SEALS, 0) == F_SEAL_EXEC | F_SEAL_FUTURE_WRITE | F_SEAL_WRITE | F_SEAL_GROW | F_SEAL_SHRINK
