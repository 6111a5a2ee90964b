# a VMA the process could never write, even after mprotect (no VM_MAYWRITE:
# a shared mapping of a write-sealed memfd, or of a file opened read-only),
# is -EPERM -- checked after eligibility, so a read-only shared disk file
# is -EINVAL but for a context of asynchronous write-protection; a private
# read-only mapping may be written after mprotect, and registers
require userfaultfd
require files
u = userfaultfd(0)
uffdio_api(u, UFFD_API, 0)
r = mmap(NULL, 40 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
m = memfd_create("m", MFD_ALLOW_SEALING)
ftruncate(m, 10 * PAGE)
fcntl(m, F_ADD_SEALS, F_SEAL_FUTURE_WRITE)
sr = mmap(r, 10 * PAGE, PROT_READ, MAP_SHARED | MAP_FIXED, m, 0)
vmflag(sr, "mw") == 0
uffdio_register(u, sr, 10 * PAGE, UFFDIO_REGISTER_MODE_MISSING) == -EPERM
pr = mmap(r + 10 * PAGE, 10 * PAGE, PROT_READ, MAP_PRIVATE | MAP_FIXED, m, 0)
vmflag(pr, "mw") == 1
uffdio_register(u, pr, 10 * PAGE, UFFDIO_REGISTER_MODE_MISSING) == 0x13c
f = open("f", O_RDWR | O_CREAT, 0600)
ftruncate(f, 10 * PAGE)
g = open("f", O_RDONLY)
fr = mmap(r + 20 * PAGE, 10 * PAGE, PROT_READ, MAP_SHARED | MAP_FIXED, g, 0)
uffdio_register(u, fr, 10 * PAGE, UFFDIO_REGISTER_MODE_MISSING) == -EINVAL
v = userfaultfd(0)
uffdio_api(v, UFFD_API, UFFD_FEATURE_WP_ASYNC)
uffdio_register(v, fr, 10 * PAGE, UFFDIO_REGISTER_MODE_WP) == -EPERM
# anonymous memory first: the check is per VMA, in order
a = mmap(r + 30 * PAGE, 10 * PAGE, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
uffdio_register(u, r, 40 * PAGE, UFFDIO_REGISTER_MODE_MISSING) == -EPERM
uffdio_register(u, r + 20 * PAGE, 20 * PAGE, UFFDIO_REGISTER_MODE_MISSING) == -EINVAL
vmflag(a, "um") == 0
