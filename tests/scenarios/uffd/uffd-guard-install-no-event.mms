# MADV_GUARD_INSTALL and MADV_GUARD_REMOVE over registered memory tell the
# userfaultfd nothing, even one that asks for UFFD_EVENT_REMOVE (which
# MADV_DONTNEED would make the process wait for); guards fault with SIGSEGV,
# missing pages beside them with SIGBUS (UFFD_FEATURE_SIGBUS)
require userfaultfd
u = userfaultfd(0)
uffdio_api(u, UFFD_API, UFFD_FEATURE_EVENT_REMOVE | UFFD_FEATURE_SIGBUS)
p = mmap(NULL, 10 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
write(p, 10 * PAGE, 'p')
uffdio_register(u, p, 10 * PAGE, UFFDIO_REGISTER_MODE_MISSING)
madvise(p, 5 * PAGE, MADV_GUARD_INSTALL) == 0
for i in 0..5: read(p + i * PAGE) == SIGSEGV
for i in 5..10: read(p + i * PAGE) == 'p'
madvise(p, 10 * PAGE, MADV_GUARD_REMOVE) == 0
# the install zapped the pages: missing now
read(p) == SIGBUS
read(p + 5 * PAGE, 5 * PAGE) == 'p'
