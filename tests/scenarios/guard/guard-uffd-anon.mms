# guard-regions selftest uffd, private anonymous memory: guards installed
# over a range registered with a userfaultfd for missing pages generate no
# userfaultfd event, and every guarded page faults with SIGSEGV without the
# userfaultfd being involved (a missing-page fault there would wait for a
# reader, and nothing reads the descriptor)
require userfaultfd
u = userfaultfd(0)
uffdio_api(u, UFFD_API, 0)
p = mmap(NULL, 10 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
uffdio_register(u, p, 10 * PAGE, UFFDIO_REGISTER_MODE_MISSING)
madvise(p, 10 * PAGE, MADV_GUARD_INSTALL) == 0
for i in 0..10: read(p + i * PAGE) == SIGSEGV
for i in 0..10: write(p + i * PAGE, 1, 'x') == SIGSEGV
vmflag(p, "um") == 1
pagemap(p) & PM_GUARD_REGION == PM_GUARD_REGION
uffdio_unregister(u, p, 10 * PAGE) == 0
close(u) == 0
munmap(p, 10 * PAGE) == 0
