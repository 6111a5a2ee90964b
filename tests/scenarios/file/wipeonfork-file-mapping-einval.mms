# MADV_WIPEONFORK applies to private anonymous memory only: on a shared or a private file mapping it fails with -EINVAL and sets no wf flag.
require files
fd = open("data", O_RDWR | O_CREAT, 0600)
pwrite(fd, 'd', PAGE, 0) == PAGE
s = mmap(NULL, PAGE, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0)
p = mmap(NULL, PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, 0)
madvise(s, PAGE, MADV_WIPEONFORK) == -EINVAL
madvise(p, PAGE, MADV_WIPEONFORK) == -EINVAL
vmflag(s, "wf") == 0
vmflag(p, "wf") == 0
madvise(p, PAGE, MADV_KEEPONFORK) == 0
c = fork()
@c read(p) == 'd'
