# A MAP_PRIVATE memfd mapping after fork: the child reads the file page, its store makes an anonymous copy of its own, and neither the parent nor the file sees the child's store.
require files
require !soft_dirty
require root
m = memfd_create("m", 0)
pwrite(m, 'm', PAGE, 0) == PAGE
r = mmap(NULL, 64 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + 16 * PAGE) & ~(16 * PAGE - 1)
p = mmap(a, PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_FIXED, m, 0)
read(p) == 'm'
f = frame(p)
c = fork()
@c read(p) == 'm'
@c frame(p) == f
@c write(p, 1, 'c')
@c pagemap(p) == PM_PRESENT | PM_MMAP_EXCLUSIVE
@c frame(p) != f
read(p) == 'm'
frame(p) == f
pread(m, 1, 0) == 'm'
