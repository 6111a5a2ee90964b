# fallocate of a range whose end passes LLONG_MAX fails with -EFBIG in the VFS, before the file system's own checks: a memfd's F_SEAL_GROW (-EPERM) is only met by a range that ends at LLONG_MAX itself.
require files
m = memfd_create("m", MFD_ALLOW_SEALING)
fcntl(m, F_ADD_SEALS, F_SEAL_GROW) == 0
fallocate(m, 0, 0x7fffffffffffffff, 1) == -EFBIG
fallocate(m, FALLOC_FL_KEEP_SIZE, 0x7ffffffffffff000, 0x1000) == -EFBIG
fallocate(m, FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE, 1, 0x7fffffffffffffff) == -EFBIG
fallocate(m, 0, 0x7ffffffffffffffe, 1) == -EPERM
fd = open("data", O_RDWR | O_CREAT, 0600)
fallocate(fd, 0, 0x7ffffffffffff000, 0x2000) == -EFBIG
fallocate(fd, FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE, 0x7fffffffffffffff, 1) == -EFBIG
pread(fd, 1, 0) == NONE
