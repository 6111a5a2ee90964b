# fsync succeeds on a memfd (shmem has nothing to write back), on the directory, and on a descriptor of access mode O_ACCMODE; only a descriptor that is not open fails (-EBADF).
require files
m = memfd_create("m", 0)
pwrite(m, 'm', PAGE, 0) == PAGE
fsync(m) == 0
pread(m, PAGE, 0) == 'm'
d = open(".", O_RDONLY)
fsync(d) == 0
fd = open("data", O_RDWR | O_CREAT, 0600)
x = open("data", O_ACCMODE)
fsync(x) == 0
close(m) == 0
fsync(m) == -EBADF
