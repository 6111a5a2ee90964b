# UFFDIO_REGISTER's mode: at least one of MISSING, WP and MINOR, nothing
# else (-EINVAL); the answer is the range ioctls, WRITEPROTECT only for WP
# and CONTINUE only for MINOR, which anonymous memory refuses (-EINVAL)
require userfaultfd
require files
u = userfaultfd(0)
uffdio_api(u, UFFD_API, 0)
r = mmap(NULL, 40 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r, 10 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
uffdio_register(u, p, 10 * PAGE, 0) == -EINVAL
uffdio_register(u, p, 10 * PAGE, 8) == -EINVAL
uffdio_register(u, p, 10 * PAGE, UFFDIO_REGISTER_MODE_MISSING | 1 << 32) == -EINVAL
uffdio_register(u, p, 10 * PAGE, UFFDIO_REGISTER_MODE_MINOR) == -EINVAL
uffdio_register(u, p, 10 * PAGE, UFFDIO_REGISTER_MODE_MISSING | UFFDIO_REGISTER_MODE_MINOR) == -EINVAL
vmflag(p, "um") == 0
uffdio_register(u, p, 10 * PAGE, UFFDIO_REGISTER_MODE_MISSING) == 0x13c
uffdio_register(u, p, 10 * PAGE, UFFDIO_REGISTER_MODE_WP) == 0x17c
uffdio_register(u, p, 10 * PAGE, UFFDIO_REGISTER_MODE_MISSING | UFFDIO_REGISTER_MODE_WP) == 0x17c
# shmem takes MINOR
m = memfd_create("m", 0)
ftruncate(m, 10 * PAGE)
s = mmap(r + 20 * PAGE, 10 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_FIXED, m, 0)
uffdio_register(u, s, 10 * PAGE, UFFDIO_REGISTER_MODE_MINOR) == 0x1bc
uffdio_register(u, s, 10 * PAGE, UFFDIO_REGISTER_MODE_MISSING | UFFDIO_REGISTER_MODE_WP | UFFDIO_REGISTER_MODE_MINOR) == UFFD_API_RANGE_IOCTLS
