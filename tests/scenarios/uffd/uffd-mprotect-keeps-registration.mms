# mprotect splits a registered VMA into registered pieces, and merges them
# back when the protection is the same again; a registered and an
# unregistered VMA never merge
require userfaultfd
u = userfaultfd(0)
uffdio_api(u, UFFD_API, 0)
r = mmap(NULL, 40 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 10 * PAGE, 10 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
uffdio_register(u, p, 5 * PAGE, UFFDIO_REGISTER_MODE_MISSING)
mprotect(p + 2 * PAGE, PAGE, PROT_READ)
vma(p + 2 * PAGE) == [p + 2 * PAGE, p + 3 * PAGE)
vmflag(p + 2 * PAGE, "um") == 1
vmflag(p + 3 * PAGE, "um") == 1
mprotect(p + 2 * PAGE, PAGE, PROT_READ | PROT_WRITE)
vma(p) == [p, p + 5 * PAGE)
# the whole range to PROT_READ and back: two VMAs each time
mprotect(p, 10 * PAGE, PROT_READ)
vma(p) == [p, p + 5 * PAGE)
vma(p + 5 * PAGE) == [p + 5 * PAGE, p + 10 * PAGE)
mprotect(p, 10 * PAGE, PROT_READ | PROT_WRITE)
vma(p) == [p, p + 5 * PAGE)
vmflag(p + 5 * PAGE, "um") == 0
# a new mapping next to a registered VMA does not merge with it either
munmap(p + 5 * PAGE, 5 * PAGE)
q = mmap(p + 5 * PAGE, 5 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
vma(q) == [q, q + 5 * PAGE)
uffdio_unregister(u, p, 5 * PAGE)
vma(p) == [p, p + 10 * PAGE)
