# pread and pwrite of a range whose end passes LLONG_MAX fail with -EINVAL before the file is asked anything: on ext4, on a memfd, and on a directory, whose pread of a range that fits gives -EISDIR.
require files
fd = open("data", O_RDWR | O_CREAT, 0600)
m = memfd_create("m", 0)
d = open(".", O_RDONLY)
pwrite(fd, 'a', 2, 0x7fffffffffffffff) == -EINVAL
pread(fd, 1, 0x7fffffffffffffff) == -EINVAL
pwrite(m, 'a', PAGE, 0x7ffffffffffff001) == -EINVAL
pread(m, PAGE, 0x7ffffffffffff001) == -EINVAL
pread(d, 1, 0x7fffffffffffffff) == -EINVAL
pread(d, 1, 0x7ffffffffffffffe) == -EISDIR
# a range ending at LLONG_MAX itself is valid: ext4 refuses to write it (-EFBIG) and reads nothing there, shmem takes it
pwrite(fd, 'a', 1, 0x7ffffffffffffffe) == -EFBIG
pread(fd, 1, 0x7ffffffffffffffe) == NONE
pwrite(m, 'm', 1, 0x7ffffffffffffffe) == 1
pread(m, 1, 0x7ffffffffffffffe) == 'm'
pread(m, 1, 0) == 0
