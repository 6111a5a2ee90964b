# registration splits a VMA at the ends of the range and merges what is
# registered alike with the same context; a range in modes a VMA has
# already leaves that VMA whole; unregistering merges everything back
require userfaultfd
u = userfaultfd(0)
uffdio_api(u, UFFD_API, 0)
r = mmap(NULL, 40 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 10 * PAGE, 10 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
write(p, 10 * PAGE, 'p')
uffdio_register(u, p + 2 * PAGE, 2 * PAGE, UFFDIO_REGISTER_MODE_MISSING)
vma(p) == [p, p + 2 * PAGE)
vma(p + 2 * PAGE) == [p + 2 * PAGE, p + 4 * PAGE)
vma(p + 4 * PAGE) == [p + 4 * PAGE, p + 10 * PAGE)
# the next two pages join the registered VMA
uffdio_register(u, p + 4 * PAGE, 2 * PAGE, UFFDIO_REGISTER_MODE_MISSING)
vma(p + 2 * PAGE) == [p + 2 * PAGE, p + 6 * PAGE)
# WP over part of it: split off, the rest stays MISSING
uffdio_register(u, p + 5 * PAGE, 3 * PAGE, UFFDIO_REGISTER_MODE_WP)
vma(p + 2 * PAGE) == [p + 2 * PAGE, p + 5 * PAGE)
vma(p + 5 * PAGE) == [p + 5 * PAGE, p + 8 * PAGE)
vmflag(p + 5 * PAGE, "um") == 0
# MISSING | WP over [p + 4, p + 9): no VMA of the range has both, so it
# becomes one VMA
uffdio_register(u, p + 4 * PAGE, 5 * PAGE, UFFDIO_REGISTER_MODE_MISSING | UFFDIO_REGISTER_MODE_WP)
vma(p + 4 * PAGE) == [p + 4 * PAGE, p + 9 * PAGE)
# MISSING over [p + 3, p + 6): the VMA [p + 4, p + 9) has it already and
# is not split; [p + 2, p + 4) has it too
uffdio_register(u, p + 3 * PAGE, 3 * PAGE, UFFDIO_REGISTER_MODE_MISSING)
vma(p + 4 * PAGE) == [p + 4 * PAGE, p + 9 * PAGE)
vmflag(p + 5 * PAGE, "uw") == 1
vma(p + 2 * PAGE) == [p + 2 * PAGE, p + 4 * PAGE)
# PROT_NONE neighbours register too, but stay apart by their protection
uffdio_register(u, r, 40 * PAGE, UFFDIO_REGISTER_MODE_MISSING)
vma(r) == [r, p)
vma(p) == [p, p + 4 * PAGE)
vma(p + 9 * PAGE) == [p + 9 * PAGE, p + 10 * PAGE)
uffdio_unregister(u, r, 40 * PAGE) == 0
vma(p) == [p, p + 10 * PAGE)
vmflag(p, "um") == 0
read(p, 10 * PAGE) == 'p'
