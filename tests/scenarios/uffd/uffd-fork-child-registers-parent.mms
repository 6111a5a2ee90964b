# a userfaultfd works on the address space it was made in, whichever
# process holds the descriptor: a forked child that registers a range
# through an inherited one registers its parent's memory, not its own
require userfaultfd
u = userfaultfd(0)
uffdio_api(u, UFFD_API, 0)
p = mmap(NULL, 10 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
c = fork()
@c uffdio_register(u, p + 8 * PAGE, PAGE, UFFDIO_REGISTER_MODE_WP) == 0x17c
@c vmflag(p + 8 * PAGE, "uw") == 0
vmflag(p + 8 * PAGE, "uw") == 1
vma(p + 8 * PAGE) == [p + 8 * PAGE, p + 9 * PAGE)
@c vma(p + 8 * PAGE) == [p, p + 10 * PAGE)
@c uffdio_unregister(u, p, 10 * PAGE) == 0
vmflag(p + 8 * PAGE, "uw") == 0
vma(p) == [p, p + 10 * PAGE)
# the child's own userfaultfd is the child's
@c v = userfaultfd(0)
@c uffdio_api(v, UFFD_API, 0)
@c uffdio_register(v, p, PAGE, UFFDIO_REGISTER_MODE_MISSING) == 0x13c
@c vmflag(p, "um") == 1
vmflag(p, "um") == 0
@c exit()
