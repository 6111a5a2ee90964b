# UFFD_FEATURE_SIGBUS: a fault on a missing page of a MISSING-registered
# anonymous range raises SIGBUS instead of waiting for a reader; present
# pages are used as ever; get_user_pages fails there (process_vm_readv
# stops short, MADV_POPULATE_* is -EFAULT, mlock -ENOMEM), and guard pages
# are SIGSEGV before any of it
require userfaultfd
u = userfaultfd(0)
uffdio_api(u, UFFD_API, UFFD_FEATURE_SIGBUS)
p = mmap(NULL, 10 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
write(p, PAGE, 'a')
read(p + 2 * PAGE) == 0
uffdio_register(u, p, 10 * PAGE, UFFDIO_REGISTER_MODE_MISSING)
read(p) == 'a'
write(p, 1, 'b') == 0
read(p + PAGE) == SIGBUS
write(p + PAGE, 1, 'b') == SIGBUS
write(p + PAGE, 1, 'b') == SIGBUS
# the zero page read in before is there: reading it is fine, writing it
# copies it (a COW fault, not a missing page)
read(p + 2 * PAGE) == 0
write(p + 2 * PAGE, PAGE, 'c') == 0
read(p + 2 * PAGE) == 'c'
process_vm_readv(p, 3 * PAGE) == PAGE
process_vm_readv(p + PAGE, PAGE) == -EFAULT
process_vm_writev(p + 3 * PAGE, PAGE, 'x') == -EFAULT
madvise(p, 10 * PAGE, MADV_POPULATE_READ) == -EFAULT
madvise(p + 2 * PAGE, 8 * PAGE, MADV_POPULATE_WRITE) == -EFAULT
mlock(p, 10 * PAGE) == -ENOMEM
smaps(p, "Rss") == 2 * PAGE
munlock(p, 10 * PAGE)
madvise(p, 10 * PAGE, MADV_GUARD_INSTALL) == 0
read(p) == SIGSEGV
read(p + 5 * PAGE) == SIGSEGV
madvise(p, 10 * PAGE, MADV_GUARD_REMOVE) == 0
read(p + 5 * PAGE) == SIGBUS
# MADV_DONTNEED makes present pages missing again
madvise(p, 10 * PAGE, MADV_DONTNEED) == 0
read(p) == SIGBUS
# once unregistered, missing pages fault in
uffdio_unregister(u, p, 10 * PAGE)
read(p, 10 * PAGE) == 0
