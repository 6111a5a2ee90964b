# Under F_SEAL_GROW a memfd's fallocate fails with -EPERM for any range that ends past the end of file, even with FALLOC_FL_KEEP_SIZE (which would not grow it); ranges inside the file, or ending at its end, still work.
require files
m = memfd_create("m", MFD_ALLOW_SEALING)
ftruncate(m, 4 * PAGE) == 0
fcntl(m, F_ADD_SEALS, F_SEAL_GROW) == 0
fallocate(m, FALLOC_FL_KEEP_SIZE, 4 * PAGE, PAGE) == -EPERM
fallocate(m, FALLOC_FL_KEEP_SIZE, 3 * PAGE, PAGE + 1) == -EPERM
fallocate(m, 0, 3 * PAGE, 2 * PAGE) == -EPERM
fallocate(m, FALLOC_FL_KEEP_SIZE, 0, PAGE) == 0
fallocate(m, 0, 3 * PAGE, PAGE) == 0
fallocate(m, FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE, 2 * PAGE, 10 * PAGE) == 0
pread(m, 1, 4 * PAGE) == NONE
