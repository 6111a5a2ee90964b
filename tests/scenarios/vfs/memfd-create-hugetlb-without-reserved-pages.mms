# memfd_create(MFD_HUGETLB) succeeds on the host whether or not huge pages are reserved (it makes a hugetlbfs file; pages are taken only when used): the default size and MFD_HUGE_2MB work, the file is O_RDWR, sealable only with MFD_ALLOW_SEALING, takes no pwrite (-EINVAL: hugetlbfs has no write), and sizes only in whole huge pages (ftruncate to PAGE is -EINVAL).
# require host: the model has no hugetlbfs and gives -ENOSYS for the sizes the host has (see memfd-create-hugetlb-flags-checked-before-huge-pages.mms for what both agree on).
require host
require files
m = memfd_create("m", MFD_HUGETLB)
fcntl(m, F_GETFL, 0) == O_RDWR | O_LARGEFILE
fcntl(m, F_GET_SEALS, 0) == F_SEAL_SEAL
pwrite(m, 'a', 1, 0) == -EINVAL
pread(m, 1, 0) == NONE
ftruncate(m, PAGE) == -EINVAL
ftruncate(m, 2 * MiB) == 0
pread(m, 1, 2 * MiB - 1) == 0
pread(m, 1, 2 * MiB) == NONE
fsync(m) == 0
n = memfd_create("n", MFD_HUGETLB | MFD_HUGE_2MB | MFD_ALLOW_SEALING | MFD_CLOEXEC)
fcntl(n, F_GET_SEALS, 0) == 0
fcntl(n, F_GETFD, 0) == FD_CLOEXEC
