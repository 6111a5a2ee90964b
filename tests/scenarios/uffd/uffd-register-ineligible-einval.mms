# memory a userfaultfd cannot handle is -EINVAL, checked over the whole
# range before anything changes: disk-file mappings (shared or private),
# MAP_DROPPABLE, MINOR on anything but shmem; shmem, private or shared,
# MAP_SHARED | MAP_ANONYMOUS and PROT_NONE anonymous memory are fine
require userfaultfd
require files
u = userfaultfd(0)
uffdio_api(u, UFFD_API, 0)
r = mmap(NULL, 70 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
f = open("f", O_RDWR | O_CREAT, 0600)
ftruncate(f, 10 * PAGE)
fs = mmap(r, 10 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_FIXED, f, 0)
uffdio_register(u, fs, 10 * PAGE, UFFDIO_REGISTER_MODE_MISSING) == -EINVAL
uffdio_register(u, fs, 10 * PAGE, UFFDIO_REGISTER_MODE_WP) == -EINVAL
uffdio_unregister(u, fs, 10 * PAGE) == -EINVAL
fp = mmap(r + 10 * PAGE, 10 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_FIXED, f, 0)
uffdio_register(u, fp, 10 * PAGE, UFFDIO_REGISTER_MODE_MISSING) == -EINVAL
a = mmap(r + 20 * PAGE, 10 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
uffdio_register(u, a, 10 * PAGE, UFFDIO_REGISTER_MODE_MINOR) == -EINVAL
m = memfd_create("m", 0)
ftruncate(m, 10 * PAGE)
sp = mmap(r + 30 * PAGE, 10 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_FIXED, m, 0)
uffdio_register(u, sp, 10 * PAGE, UFFDIO_REGISTER_MODE_MINOR) == 0x1bc
sa = mmap(r + 40 * PAGE, 10 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
uffdio_register(u, sa, 10 * PAGE, UFFDIO_REGISTER_MODE_MINOR) == 0x1bc
d = mmap(r + 50 * PAGE, 10 * PAGE, PROT_READ | PROT_WRITE, MAP_DROPPABLE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
uffdio_register(u, d, 10 * PAGE, UFFDIO_REGISTER_MODE_MISSING) == -EINVAL
uffdio_unregister(u, r + 30 * PAGE, 20 * PAGE) == 0
# anonymous memory and shmem, then the droppable VMA: nothing is registered
uffdio_register(u, r + 20 * PAGE, 40 * PAGE, UFFDIO_REGISTER_MODE_MISSING) == -EINVAL
vmflag(a, "um") == 0
vmflag(sp, "um") == 0
vmflag(sa, "um") == 0
uffdio_register(u, r + 20 * PAGE, 30 * PAGE, UFFDIO_REGISTER_MODE_MISSING) == 0x13c
vmflag(a, "um") == 1
vmflag(sa, "um") == 1
uffdio_register(u, r + 60 * PAGE, 10 * PAGE, UFFDIO_REGISTER_MODE_MISSING) == 0x13c
vma_prot(r + 60 * PAGE) == "---p"
vmflag(r + 60 * PAGE, "um") == 1
