# without the UFFD_FEATURE_EVENT_* features, what changes registered
# memory tells no reader and goes on: MADV_DONTNEED, MADV_REMOVE, munmap,
# MAP_FIXED over it, mremap, fork (the events would make it wait for one)
require userfaultfd
require files
u = userfaultfd(0)
uffdio_api(u, UFFD_API, 0)
r = mmap(NULL, 60 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r, 20 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
write(p, 20 * PAGE, 'p')
uffdio_register(u, p, 20 * PAGE, UFFDIO_REGISTER_MODE_MISSING)
madvise(p, PAGE, MADV_DONTNEED) == 0
madvise(p + PAGE, PAGE, MADV_FREE) == 0
madvise(p + 2 * PAGE, PAGE, MADV_GUARD_INSTALL) == 0
munmap(p + 3 * PAGE, PAGE) == 0
mmap(p + 4 * PAGE, PAGE, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0) == p + 4 * PAGE
vmflag(p + 4 * PAGE, "um") == 0
mremap(p + 5 * PAGE, PAGE, PAGE, MREMAP_MAYMOVE | MREMAP_FIXED, r + 40 * PAGE) == r + 40 * PAGE
mremap(p + 10 * PAGE, 10 * PAGE, 5 * PAGE, 0) == p + 10 * PAGE
c = fork()
@c exit()
m = memfd_create("m", 0)
ftruncate(m, 10 * PAGE)
s = mmap(r + 30 * PAGE, 10 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_FIXED, m, 0)
write(s, 10 * PAGE, 's')
uffdio_register(u, s, 10 * PAGE, UFFDIO_REGISTER_MODE_MINOR)
madvise(s, 2 * PAGE, MADV_REMOVE) == 0
pread(m, PAGE, 0) == 0
vmflag(s, "ui") == 1
vmflag(p + 6 * PAGE, "um") == 1
read(p + 6 * PAGE, 4 * PAGE) == 'p'
