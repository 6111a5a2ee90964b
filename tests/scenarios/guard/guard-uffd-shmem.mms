# guard-regions selftest uffd, a memfd (shmem) mapped MAP_SHARED: guards
# installed over a range registered with a userfaultfd for missing pages
# generate no userfaultfd event, and every guarded page faults with SIGSEGV
# without the userfaultfd being involved (a missing-page fault there would
# wait for a reader, and nothing reads the descriptor)
require userfaultfd
require files
u = userfaultfd(0)
uffdio_api(u, UFFD_API, 0)
fd = memfd_create("guard", 0)
ftruncate(fd, 100 * PAGE)
p = mmap(NULL, 10 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0)
uffdio_register(u, p, 10 * PAGE, UFFDIO_REGISTER_MODE_MISSING)
madvise(p, 10 * PAGE, MADV_GUARD_INSTALL) == 0
for i in 0..10: read(p + i * PAGE) == SIGSEGV
for i in 0..10: write(p + i * PAGE, 1, 'x') == SIGSEGV
vmflag(p, "um") == 1
pagemap(p) & PM_GUARD_REGION == PM_GUARD_REGION
uffdio_unregister(u, p, 10 * PAGE) == 0
close(u) == 0
munmap(p, 10 * PAGE) == 0
