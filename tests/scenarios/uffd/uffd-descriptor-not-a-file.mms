# a userfaultfd is no regular file: it cannot be mapped (-ENODEV), truncated
# or synced (-EINVAL), read or written at an offset (-ESPIPE), allocated
# (-EBADF: it is read-only) or sealed; and the userfaultfd ioctls on other
# files are -ENOTTY, on no file -EBADF
require userfaultfd
require files
u = userfaultfd(0)
mmap(NULL, PAGE, PROT_READ, MAP_PRIVATE, u, 0) == -ENODEV
mmap(NULL, PAGE, PROT_READ, MAP_SHARED, u, 0) == -ENODEV
mmap(NULL, PAGE, PROT_READ | PROT_WRITE, MAP_SHARED, u, 0) == -EACCES
ftruncate(u, PAGE) == -EINVAL
pread(u, 1, 0) == -ESPIPE
pwrite(u, 'x', 1, 0) == -ESPIPE
fsync(u) == -EINVAL
fallocate(u, 0, 0, PAGE) == -EBADF
fcntl(u, F_ADD_SEALS, F_SEAL_WRITE) == -EPERM
fcntl(u, F_GET_SEALS, 0) == -EINVAL
m = memfd_create("m", 0)
uffdio_api(m, UFFD_API, 0) == -ENOTTY
uffdio_register(m, 0x10000, PAGE, UFFDIO_REGISTER_MODE_MISSING) == -ENOTTY
uffdio_unregister(m, 0x10000, PAGE) == -ENOTTY
f = open("f", O_RDWR | O_CREAT, 0600)
uffdio_api(f, UFFD_API, 0) == -ENOTTY
uffdio_api(99, UFFD_API, 0) == -EBADF
uffdio_api(-1, UFFD_API, 0) == -EBADF
close(u) == 0
uffdio_api(u, UFFD_API, 0) == -EBADF
