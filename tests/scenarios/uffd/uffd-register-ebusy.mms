# a VMA belongs to one userfaultfd at a time: registering it with another is
# -EBUSY (nothing changes, even the VMAs before it), unregistering it
# through another -EINVAL; once its owner lets go, another may take it
require userfaultfd
u = userfaultfd(0)
uffdio_api(u, UFFD_API, 0)
v = userfaultfd(0)
uffdio_api(v, UFFD_API, 0)
r = mmap(NULL, 20 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
uffdio_register(u, r + 10 * PAGE, 10 * PAGE, UFFDIO_REGISTER_MODE_MISSING)
uffdio_register(v, r, 20 * PAGE, UFFDIO_REGISTER_MODE_WP) == -EBUSY
vma(r) == [r, r + 10 * PAGE)
vmflag(r, "uw") == 0
uffdio_register(v, r + 15 * PAGE, PAGE, UFFDIO_REGISTER_MODE_MISSING) == -EBUSY
uffdio_unregister(v, r, 20 * PAGE) == -EINVAL
vmflag(r + 10 * PAGE, "um") == 1
# the same context may register again, and unregister what it does not own
uffdio_register(u, r, 20 * PAGE, UFFDIO_REGISTER_MODE_MISSING) == 0x13c
uffdio_unregister(u, r, 20 * PAGE) == 0
uffdio_unregister(u, r, 20 * PAGE) == 0
uffdio_register(v, r, 20 * PAGE, UFFDIO_REGISTER_MODE_WP) == 0x17c
vmflag(r, "uw") == 1
