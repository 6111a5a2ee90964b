# fork: without UFFD_FEATURE_EVENT_FORK the child's copy of a registered
# VMA is not registered -- its missing pages fault in as usual -- while the
# parent's stays
require userfaultfd
u = userfaultfd(0)
uffdio_api(u, UFFD_API, UFFD_FEATURE_SIGBUS)
r = mmap(NULL, 40 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 10 * PAGE, 10 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
write(p, PAGE, 'p')
uffdio_register(u, p + 5 * PAGE, 5 * PAGE, UFFDIO_REGISTER_MODE_MISSING | UFFDIO_REGISTER_MODE_WP)
c = fork()
@c vmflag(p + 5 * PAGE, "um") == 0
@c vmflag(p + 5 * PAGE, "uw") == 0
@c vma(p + 5 * PAGE) == [p + 5 * PAGE, p + 10 * PAGE)
@c read(p + 6 * PAGE) == 0
@c write(p + 7 * PAGE, PAGE, 'c') == 0
@c read(p) == 'p'
vmflag(p + 5 * PAGE, "um") == 1
read(p + 6 * PAGE) == SIGBUS
read(p + 7 * PAGE) == SIGBUS
# the child holds the descriptor too, and may register its own memory
@c uffdio_register(u, p, PAGE, UFFDIO_REGISTER_MODE_MISSING) == 0x13c
@c vmflag(p, "um") == 0
vmflag(p, "um") == 1
@c exit()
vmflag(p, "um") == 1
