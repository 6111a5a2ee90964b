# mremap: a moved registered VMA arrives unregistered (no
# UFFD_FEATURE_EVENT_REMAP), what stays behind stays registered; growing in
# place keeps the registration; a move of several VMAs stops at a registered
# one that is not alone (-EFAULT), the VMAs before it moved
require userfaultfd
u = userfaultfd(0)
uffdio_api(u, UFFD_API, 0)
r = mmap(NULL, 100 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 10 * PAGE, 10 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
write(p, 10 * PAGE, 'p')
uffdio_register(u, p + 2 * PAGE, 4 * PAGE, UFFDIO_REGISTER_MODE_MISSING)
q = mremap(p + 2 * PAGE, 2 * PAGE, 2 * PAGE, MREMAP_MAYMOVE | MREMAP_FIXED, r + 50 * PAGE)
q == r + 50 * PAGE
vmflag(q, "um") == 0
vma(q) == [q, q + 2 * PAGE)
read(q, 2 * PAGE) == 'p'
vmflag(p + 4 * PAGE, "um") == 1
vma(p + 4 * PAGE) == [p + 4 * PAGE, p + 6 * PAGE)
# grow in place
munmap(p + 7 * PAGE, 3 * PAGE)
uffdio_register(u, p + 6 * PAGE, PAGE, UFFDIO_REGISTER_MODE_WP)
mremap(p + 6 * PAGE, PAGE, 3 * PAGE, 0) == p + 6 * PAGE
vma(p + 6 * PAGE) == [p + 6 * PAGE, p + 9 * PAGE)
vmflag(p + 8 * PAGE, "uw") == 1
# a registered VMA alone moves, with others not
mremap(p + 4 * PAGE, 2 * PAGE, 2 * PAGE, MREMAP_MAYMOVE | MREMAP_FIXED, r + 60 * PAGE) == r + 60 * PAGE
vmflag(r + 60 * PAGE, "um") == 0
mremap(p, 9 * PAGE, 9 * PAGE, MREMAP_MAYMOVE | MREMAP_FIXED, r + 70 * PAGE) == -EFAULT
vma(r + 70 * PAGE) == [r + 70 * PAGE, r + 72 * PAGE)
read(r + 70 * PAGE, 2 * PAGE) == 'p'
vma(p + 6 * PAGE) == [p + 6 * PAGE, p + 9 * PAGE)
vmflag(p + 6 * PAGE, "uw") == 1
# a range from the middle of a registered VMA to its end moves alone
mremap(p + 7 * PAGE, 2 * PAGE, 2 * PAGE, MREMAP_MAYMOVE | MREMAP_FIXED, r + 80 * PAGE) == r + 80 * PAGE
vmflag(r + 80 * PAGE, "uw") == 0
vmflag(p + 6 * PAGE, "uw") == 1
