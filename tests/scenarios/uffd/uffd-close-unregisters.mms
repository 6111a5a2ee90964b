# the last close of a userfaultfd unregisters every VMA of it, which merge
# back; a descriptor duplicated or inherited keeps the registration alive
require userfaultfd
u = userfaultfd(0)
uffdio_api(u, UFFD_API, 0)
r = mmap(NULL, 30 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 10 * PAGE, 10 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
uffdio_register(u, p + 2 * PAGE, 2 * PAGE, UFFDIO_REGISTER_MODE_MISSING)
uffdio_register(u, p + 6 * PAGE, 2 * PAGE, UFFDIO_REGISTER_MODE_WP)
d = fcntl(u, F_DUPFD, 0)
d == 4
close(u) == 0
vmflag(p + 2 * PAGE, "um") == 1
uffdio_register(d, p + 8 * PAGE, PAGE, UFFDIO_REGISTER_MODE_WP) == 0x17c
vma(p + 6 * PAGE) == [p + 6 * PAGE, p + 9 * PAGE)
c = fork()
close(d) == 0
vmflag(p + 2 * PAGE, "um") == 1
vmflag(p + 6 * PAGE, "uw") == 1
# the child's copy is the last reference now: its exit closes it
@c exit()
vmflag(p + 2 * PAGE, "um") == 0
vmflag(p + 6 * PAGE, "uw") == 0
vma(p) == [p, p + 10 * PAGE)
