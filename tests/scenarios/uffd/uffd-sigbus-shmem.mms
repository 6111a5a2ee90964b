# shmem under UFFD_FEATURE_SIGBUS: MISSING faults on holes of the file (a
# fallocated page is no hole), and fault-around still maps the cached pages
# around a fault; MINOR faults on cached pages, holes are filled as usual
# and fault-around is off; a private mapping's write faults read the file
# first, MISSING or not; pread and pwrite go around all of it
require userfaultfd
require files
require fault_around_bytes > 4096
u = userfaultfd(0)
uffdio_api(u, UFFD_API, UFFD_FEATURE_SIGBUS)
m = memfd_create("m", 0)
ftruncate(m, 64 * PAGE)
pwrite(m, 'a', 32 * PAGE, 0)
fallocate(m, 0, 40 * PAGE, PAGE)
s = mmap(NULL, 64 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED, m, 0)
uffdio_register(u, s, 64 * PAGE, UFFDIO_REGISTER_MODE_MISSING)
read(s + 3 * PAGE) == 'a'
pagemap(s + 4 * PAGE) & PM_PRESENT == PM_PRESENT
read(s + 33 * PAGE) == SIGBUS
write(s + 33 * PAGE, 1, 'b') == SIGBUS
read(s + 40 * PAGE) == 0
pread(m, 1, 33 * PAGE) == 0
pwrite(m, 'c', PAGE, 33 * PAGE)
read(s + 33 * PAGE) == 'c'
v = userfaultfd(0)
uffdio_api(v, UFFD_API, UFFD_FEATURE_SIGBUS)
t = mmap(NULL, 64 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED, m, 0)
uffdio_register(v, t, 64 * PAGE, UFFDIO_REGISTER_MODE_MINOR)
read(t + 3 * PAGE) == SIGBUS
read(t + 40 * PAGE) == SIGBUS
read(t + 50 * PAGE) == 0
pagemap(t + 51 * PAGE) & PM_PRESENT == 0
write(t + 52 * PAGE, 1, 'd') == 0
read(s + 52 * PAGE) == 'd'
p = mmap(NULL, 64 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE, m, 0)
uffdio_register(u, p, 64 * PAGE, UFFDIO_REGISTER_MODE_MISSING)
write(p + 5 * PAGE, 1, 'x') == 0
read(s + 5 * PAGE) == 'a'
write(p + 55 * PAGE, 1, 'x') == SIGBUS
read(p + 56 * PAGE) == SIGBUS
