# MADV_DONTFORK on a file mapping leaves it out of the child (no VMA, SIGSEGV on access); the parent keeps it and its data.
require files
fd = open("data", O_RDWR | O_CREAT, 0600)
pwrite(fd, 'd', 2 * PAGE, 0) == 2 * PAGE
r = mmap(NULL, 64 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + 16 * PAGE) & ~(16 * PAGE - 1)
s = mmap(a, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_FIXED, fd, 0)
p = mmap(a + 16 * PAGE, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_FIXED, fd, 0)
madvise(s, 2 * PAGE, MADV_DONTFORK) == 0
madvise(p, PAGE, MADV_DONTFORK) == 0
vmflag(s, "dc") == 1
c = fork()
@c vma(s) == NONE
@c read(s) == SIGSEGV
@c vma(p) == NONE
@c vma(p + PAGE) == [p + PAGE, p + 2 * PAGE)
@c read(p + PAGE) == 'd'
read(s, 2 * PAGE) == 'd'
read(p, 2 * PAGE) == 'd'
