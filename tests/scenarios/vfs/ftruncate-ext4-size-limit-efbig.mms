# ext4 (4 KiB blocks) holds files of up to 16 TiB - 4 KiB (0xffffffff000 bytes): ftruncate to that size works and reads zeroes at its last byte; one byte more, or any larger size, fails with -EFBIG and leaves the size.
require files
require scratch_fs == ext4
fd = open("data", O_RDWR | O_CREAT, 0600)
ftruncate(fd, 0xffffffff000) == 0
pread(fd, 1, 0xfffffffefff) == 0
pread(fd, 1, 0xffffffff000) == NONE
ftruncate(fd, 0xffffffff001) == -EFBIG
ftruncate(fd, 0x7fffffffffffffff) == -EFBIG
pread(fd, 1, 0xfffffffefff) == 0
ftruncate(fd, PAGE) == 0
pread(fd, 1, PAGE) == NONE
