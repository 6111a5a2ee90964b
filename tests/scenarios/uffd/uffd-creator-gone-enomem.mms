# a userfaultfd outlives the process it was made in, held by another's
# descriptor, but there is no address space left to register: -ENOMEM (the
# range checks come first, the handshake stays done)
require userfaultfd
p = mmap(NULL, 10 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
c = fork()
@c v = userfaultfd(0)
@c uffdio_api(v, UFFD_API, 0)
@c uffdio_register(v, p, PAGE, UFFDIO_REGISTER_MODE_MISSING)
@c g = fork()
@c exit()
@g uffdio_register(v, p, PAGE, UFFDIO_REGISTER_MODE_MISSING) == -ENOMEM
@g uffdio_register(v, p + 1, PAGE, UFFDIO_REGISTER_MODE_MISSING) == -EINVAL
@g uffdio_register(v, p, PAGE, 0) == -EINVAL
@g uffdio_unregister(v, p, PAGE) == -ENOMEM
@g uffdio_api(v, UFFD_API, 0) == -EINVAL
@g vmflag(p, "um") == 0
@g close(v) == 0
@g exit()
