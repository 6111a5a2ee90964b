# UFFD_USER_MODE_ONLY: the userfaultfd handles the process's own faults
# only; a fault the kernel takes on its behalf (get_user_pages) is refused
# at once: process_vm_readv and process_vm_writev are -EFAULT or short,
# MADV_POPULATE_* -EFAULT, mlock -ENOMEM; the pages present are used
require userfaultfd
u = userfaultfd(UFFD_USER_MODE_ONLY)
uffdio_api(u, UFFD_API, 0)
p = mmap(NULL, 10 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
write(p, 2 * PAGE, 'a')
uffdio_register(u, p, 10 * PAGE, UFFDIO_REGISTER_MODE_MISSING)
read(p, 2 * PAGE) == 'a'
process_vm_readv(p, 4 * PAGE) == 2 * PAGE
process_vm_readv(p + 2 * PAGE, PAGE) == -EFAULT
process_vm_writev(p, 3 * PAGE, 'b') == 2 * PAGE
read(p, 2 * PAGE) == 'b'
madvise(p, 10 * PAGE, MADV_POPULATE_READ) == -EFAULT
madvise(p, 10 * PAGE, MADV_POPULATE_WRITE) == -EFAULT
mlock(p, 10 * PAGE) == -ENOMEM
smaps(p, "Rss") == 2 * PAGE
munlock(p, 10 * PAGE)
uffdio_unregister(u, p, 10 * PAGE)
process_vm_readv(p, 10 * PAGE) == 10 * PAGE
