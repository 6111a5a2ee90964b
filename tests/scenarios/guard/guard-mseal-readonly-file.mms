# guard install on a sealed read-only VMA, a file in the scratch directory mapped MAP_SHARED: only anonymous memory counts the install as discarding, so a sealed file mapping takes guards
require files
fd = open("f", O_RDWR | O_CREAT, 0600)
ftruncate(fd, 4 * PAGE)
r = mmap(NULL, 6 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_FIXED, fd, 0)
write(p, 4 * PAGE, 's')
mprotect(p, 4 * PAGE, PROT_READ) == 0
mseal(p, 4 * PAGE, 0) == 0
madvise(p, PAGE, MADV_GUARD_INSTALL) == 0
read(p) == SIGSEGV
read(p + PAGE, 3 * PAGE) == 's'
madvise(p, PAGE, MADV_GUARD_REMOVE) == 0
read(p, PAGE) == 's'
