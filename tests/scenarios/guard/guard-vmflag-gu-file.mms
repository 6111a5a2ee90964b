# VmFlags gu, a file in the scratch directory mapped MAP_SHARED: install sets it on the whole VMA without splitting it, remove leaves it, and a fork child inherits it with the markers
require kernel >= 6.18.37
require files
fd = open("f", O_RDWR | O_CREAT, 0600)
ftruncate(fd, 4 * PAGE)
r = mmap(NULL, 6 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_FIXED, fd, 0)
vmflag(p, "gu") == 0
madvise(p + PAGE, PAGE, MADV_GUARD_INSTALL) == 0
vma(p) == [p, p + 4 * PAGE)
vmflag(p + 3 * PAGE, "gu") == 1
vmflag(r, "gu") == 0
c = fork()
@c vmflag(p, "gu") == 1
@c read(p + PAGE) == SIGSEGV
@c exit()
madvise(p, 4 * PAGE, MADV_GUARD_REMOVE) == 0
vmflag(p, "gu") == 1
