# F_SEAL_GROW makes every growth fail with -EPERM: ftruncate up, pwrite past the end (one crossing it is cut short at the end), fallocate past the end even with KEEP_SIZE; shrinking still works.
require files
m = memfd_create("m", MFD_ALLOW_SEALING)
ftruncate(m, 4 * PAGE)
fcntl(m, F_ADD_SEALS, F_SEAL_GROW) == 0
ftruncate(m, 8 * PAGE) == -EPERM
pwrite(m, 'x', PAGE, 4 * PAGE) == -EPERM
pwrite(m, 'x', 2 * PAGE, 3 * PAGE) == PAGE
pread(m, PAGE, 3 * PAGE) == 'x'
fallocate(m, 0, 0, 8 * PAGE) == -EPERM
fallocate(m, FALLOC_FL_KEEP_SIZE, 0, 8 * PAGE) == -EPERM
fallocate(m, 0, 0, 2 * PAGE) == 0
ftruncate(m, 2 * PAGE) == 0
ftruncate(m, 3 * PAGE) == -EPERM
