# a context of asynchronous write-protection (UFFD_FEATURE_WP_ASYNC)
# registers any memory for WP alone -- disk files too, shared or private --
# but MISSING or MINOR with it is still -EINVAL there, and it still needs
# VM_MAYWRITE; it may unregister what it registered
require userfaultfd
require files
v = userfaultfd(0)
uffdio_api(v, UFFD_API, UFFD_FEATURE_WP_ASYNC)
f = open("f", O_RDWR | O_CREAT, 0600)
ftruncate(f, 10 * PAGE)
fs = mmap(NULL, 10 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED, f, 0)
uffdio_register(v, fs, 10 * PAGE, UFFDIO_REGISTER_MODE_WP | UFFDIO_REGISTER_MODE_MISSING) == -EINVAL
uffdio_register(v, fs, 10 * PAGE, UFFDIO_REGISTER_MODE_WP) == 0x17c
vmflag(fs, "uw") == 1
fp = mmap(NULL, 10 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE, f, 0)
uffdio_register(v, fp, 10 * PAGE, UFFDIO_REGISTER_MODE_WP) == 0x17c
# the registered disk file reads and writes as ever
pwrite(f, 'a', 10 * PAGE, 0)
read(fs, 10 * PAGE) == 'a'
write(fs + PAGE, PAGE, 'b') == 0
pread(f, PAGE, PAGE) == 'b'
write(fp, PAGE, 'c') == 0
pread(f, PAGE, 0) == 'a'
uffdio_unregister(v, fs, 10 * PAGE) == 0
vmflag(fs, "uw") == 0
uffdio_unregister(v, fs, 10 * PAGE) == -EINVAL
uffdio_unregister(v, fp, 10 * PAGE) == 0
