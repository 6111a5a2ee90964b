# UFFDIO_API, once per userfaultfd: before it every other ioctl is -EINVAL; a
# wrong api or an unknown feature fails and may be tried again; success
# answers with every feature 6.18 offers (UFFD_API_FEATURES, 0x1ffff on
# x86_64); a second handshake is -EINVAL
require userfaultfd
u = userfaultfd(0)
u == 3
p = mmap(NULL, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
uffdio_register(u, p, 4 * PAGE, UFFDIO_REGISTER_MODE_MISSING) == -EINVAL
uffdio_unregister(u, p, 4 * PAGE) == -EINVAL
uffdio_api(u, 0xab, 0) == -EINVAL
uffdio_api(u, UFFD_API, 1 << 17) == -EINVAL
uffdio_api(u, UFFD_API, 1 << 31) == -EINVAL
uffdio_api(u, UFFD_API, 1 << 40) == -EINVAL
uffdio_api(u, UFFD_API, 0) == UFFD_API_FEATURES
uffdio_api(u, UFFD_API, 0) == -EINVAL
uffdio_api(u, 0xab, 0) == -EINVAL
uffdio_register(u, p, 4 * PAGE, UFFDIO_REGISTER_MODE_MISSING) == UFFD_API_RANGE_IOCTLS & ~(1 << _UFFDIO_WRITEPROTECT) & ~(1 << _UFFDIO_CONTINUE)
# every feature at once; EVENT_FORK needs CAP_SYS_PTRACE, which root has
v = userfaultfd(0)
uffdio_api(v, UFFD_API, UFFD_API_FEATURES) == 0x1ffff
w = userfaultfd(0)
uffdio_api(w, UFFD_API, UFFD_FEATURE_WP_ASYNC) == UFFD_API_FEATURES
