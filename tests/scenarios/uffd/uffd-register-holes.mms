# a range with holes registers every VMA it meets and skips the holes, at
# its start too; unregistering such a range likewise; only a range that
# meets no VMA is -EINVAL
require userfaultfd
u = userfaultfd(0)
uffdio_api(u, UFFD_API, 0)
r = mmap(NULL, 30 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
munmap(r, 5 * PAGE)
munmap(r + 10 * PAGE, 5 * PAGE)
munmap(r + 25 * PAGE, 5 * PAGE)
uffdio_register(u, r, 30 * PAGE, UFFDIO_REGISTER_MODE_MISSING) == 0x13c
vma(r + 5 * PAGE) == [r + 5 * PAGE, r + 10 * PAGE)
vmflag(r + 5 * PAGE, "um") == 1
vmflag(r + 15 * PAGE, "um") == 1
vma(r + 15 * PAGE) == [r + 15 * PAGE, r + 25 * PAGE)
uffdio_unregister(u, r + 8 * PAGE, 10 * PAGE) == 0
vma(r + 5 * PAGE) == [r + 5 * PAGE, r + 8 * PAGE)
vmflag(r + 8 * PAGE, "um") == 0
vmflag(r + 15 * PAGE, "um") == 0
vma(r + 15 * PAGE) == [r + 15 * PAGE, r + 18 * PAGE)
vmflag(r + 18 * PAGE, "um") == 1
uffdio_unregister(u, r, 30 * PAGE) == 0
vma(r + 15 * PAGE) == [r + 15 * PAGE, r + 25 * PAGE)
vma(r + 5 * PAGE) == [r + 5 * PAGE, r + 10 * PAGE)
