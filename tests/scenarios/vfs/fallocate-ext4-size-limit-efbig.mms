# fallocate on ext4 may reach the file size limit (0xffffffff000) but not pass it, whatever the mode: -EFBIG for mode 0, FALLOC_FL_KEEP_SIZE and hole punching alike.
require files
require scratch_fs == ext4
fd = open("data", O_RDWR | O_CREAT, 0600)
fallocate(fd, 0, 0xfffffffe000, PAGE + 1) == -EFBIG
fallocate(fd, FALLOC_FL_KEEP_SIZE, 0xffffffff000, 1) == -EFBIG
fallocate(fd, FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE, 0xffffffff000, PAGE) == -EFBIG
pread(fd, 1, 0) == NONE
fallocate(fd, FALLOC_FL_KEEP_SIZE, 0xfffffffe000, PAGE) == 0
pread(fd, 1, 0) == NONE
fallocate(fd, 0, 0xfffffffe000, PAGE) == 0
pread(fd, PAGE, 0xfffffffe000) == 0
pread(fd, 1, 0xffffffff000) == NONE
