# the range of UFFDIO_REGISTER and UFFDIO_UNREGISTER: page-aligned start and
# length, not empty, inside user space (TASK_SIZE 0x7ffffffff000), meeting
# at least one VMA; every violation is -EINVAL
require userfaultfd
u = userfaultfd(0)
uffdio_api(u, UFFD_API, 0)
p = mmap(NULL, 10 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
uffdio_register(u, p + 1, 4 * PAGE, UFFDIO_REGISTER_MODE_MISSING) == -EINVAL
uffdio_register(u, p, 4 * PAGE + 1, UFFDIO_REGISTER_MODE_MISSING) == -EINVAL
uffdio_register(u, p, 0, UFFDIO_REGISTER_MODE_MISSING) == -EINVAL
uffdio_register(u, 0x7ffffffff000, PAGE, UFFDIO_REGISTER_MODE_MISSING) == -EINVAL
uffdio_register(u, 0x7fffffffe000, 2 * PAGE, UFFDIO_REGISTER_MODE_MISSING) == -EINVAL
uffdio_register(u, -PAGE, PAGE, UFFDIO_REGISTER_MODE_MISSING) == -EINVAL
uffdio_register(u, p, -PAGE, UFFDIO_REGISTER_MODE_MISSING) == -EINVAL
# no VMA at all: page 0, and a hole left by munmap
uffdio_register(u, 0, PAGE, UFFDIO_REGISTER_MODE_MISSING) == -EINVAL
munmap(p + 4 * PAGE, 2 * PAGE)
uffdio_register(u, p + 4 * PAGE, 2 * PAGE, UFFDIO_REGISTER_MODE_MISSING) == -EINVAL
vmflag(p, "um") == 0
uffdio_register(u, p, 4 * PAGE, UFFDIO_REGISTER_MODE_MISSING)
uffdio_unregister(u, p + 1, PAGE) == -EINVAL
uffdio_unregister(u, p, PAGE + 1) == -EINVAL
uffdio_unregister(u, p, 0) == -EINVAL
uffdio_unregister(u, 0x7ffffffff000, PAGE) == -EINVAL
uffdio_unregister(u, p + 4 * PAGE, 2 * PAGE) == -EINVAL
vmflag(p, "um") == 1
uffdio_unregister(u, p, 4 * PAGE) == 0
vmflag(p, "um") == 0
