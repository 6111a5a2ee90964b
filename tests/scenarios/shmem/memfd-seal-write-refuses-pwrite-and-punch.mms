# After F_SEAL_WRITE pwrite and hole punching fail with -EPERM and the data stays; F_SEAL_WRITE alone does not stop ftruncate.
require files
m = memfd_create("m", MFD_ALLOW_SEALING)
pwrite(m, 's', 2 * PAGE, 0) == 2 * PAGE
fcntl(m, F_ADD_SEALS, F_SEAL_WRITE) == 0
pwrite(m, 'x', 1, 0) == -EPERM
pwrite(m, 'x', PAGE, 2 * PAGE) == -EPERM
fallocate(m, FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE, 0, PAGE) == -EPERM
pread(m, 2 * PAGE, 0) == 's'
ftruncate(m, 4 * PAGE) == 0
ftruncate(m, PAGE) == 0
pread(m, 1, PAGE) == NONE
