# pwrite on ext4 stops at the file size limit (0xffffffff000): a write crossing it writes the bytes below it and returns that short count; a write starting at the limit fails with -EFBIG.
require files
require scratch_fs == ext4
fd = open("data", O_RDWR | O_CREAT, 0600)
pwrite(fd, 'a', 2, 0xfffffffeffe) == 2
pwrite(fd, 'b', 2, 0xfffffffefff) == 1
pread(fd, 2, 0xfffffffeffe) == MIXED
pread(fd, 1, 0xfffffffefff) == 'b'
pwrite(fd, 'c', 1, 0xffffffff000) == -EFBIG
pwrite(fd, 'c', 1, 0x7ffffffffffffffe) == -EFBIG
# an empty write is not judged against the limit
pwrite(fd, 'c', 0, 0x7ffffffffffffffe) == 0
pread(fd, 1, 0xffffffff000) == NONE
pread(fd, 1, 0) == 0
