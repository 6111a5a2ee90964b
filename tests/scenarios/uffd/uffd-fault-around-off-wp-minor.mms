# fault-around maps the cached pages around a read fault of shmem, but not
# in a VMA registered for WP or MINOR (uffd_disable_fault_around()); MISSING
# alone leaves it on
require userfaultfd
require files
require fault_around_bytes >= 65536
u = userfaultfd(0)
uffdio_api(u, UFFD_API, UFFD_FEATURE_SIGBUS)
m = memfd_create("m", 0)
ftruncate(m, 16 * PAGE)
pwrite(m, 'a', 16 * PAGE, 0)
# the mappings are aligned to the 64 KiB fault-around window
r = mmap(NULL, 64 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
b = (r + 16 * PAGE - 1) & ~(16 * PAGE - 1)
s = mmap(b, 16 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_FIXED, m, 0)
uffdio_register(u, s, 16 * PAGE, UFFDIO_REGISTER_MODE_MISSING)
read(s + 3 * PAGE) == 'a'
for i in 0..16: pagemap(s + i * PAGE) & PM_PRESENT == PM_PRESENT
w = mmap(b + 16 * PAGE, 16 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_FIXED, m, 0)
uffdio_register(u, w, 16 * PAGE, UFFDIO_REGISTER_MODE_WP)
read(w + 3 * PAGE) == 'a'
pagemap(w + 3 * PAGE) & PM_PRESENT == PM_PRESENT
pagemap(w + 2 * PAGE) & PM_PRESENT == 0
pagemap(w + 4 * PAGE) & PM_PRESENT == 0
write(w + 4 * PAGE, PAGE, 'b') == 0
pagemap(w + 5 * PAGE) & PM_PRESENT == 0
uffdio_register(u, w, 16 * PAGE, UFFDIO_REGISTER_MODE_MISSING)
read(w + 8 * PAGE) == 'a'
for i in 0..16: pagemap(w + i * PAGE) & PM_PRESENT == PM_PRESENT
