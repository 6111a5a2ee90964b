# Without userfaultfd, PM_UFFD_WP is never set: not on anonymous, zero, write-protected, forked or guard pages.
require !soft_dirty
p = mmap(NULL, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
write(p, PAGE, 'a')
read(p + PAGE) == 0
madvise(p + 2 * PAGE, PAGE, MADV_GUARD_INSTALL) == 0
mprotect(p, 4 * PAGE, PROT_READ)
for i in 0..4: pagemap(p + i * PAGE) & PM_UFFD_WP == 0
c = fork()
@c pagemap(p) & PM_UFFD_WP == 0
@c pagemap(p + 2 * PAGE) == PM_SWAP | PM_GUARD_REGION
