# F_SEAL_SHRINK makes ftruncate to a smaller size fail with -EPERM; the same size and growing still work.
require files
m = memfd_create("m", MFD_ALLOW_SEALING)
ftruncate(m, 4 * PAGE)
fcntl(m, F_ADD_SEALS, F_SEAL_SHRINK) == 0
ftruncate(m, PAGE) == -EPERM
ftruncate(m, 0) == -EPERM
ftruncate(m, 4 * PAGE) == 0
ftruncate(m, 8 * PAGE) == 0
ftruncate(m, 6 * PAGE) == -EPERM
pread(m, 1, 8 * PAGE - 1) == 0
