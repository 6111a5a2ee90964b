# A read fault of a MAP_PRIVATE memfd mapping on a hole also allocates a shmem page in the file (not the zero page), which a shared mapping then maps too; the first store replaces it with an anonymous copy.
require files
require !soft_dirty
require root
m = memfd_create("m", 0)
ftruncate(m, PAGE)
r = mmap(NULL, 64 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + 16 * PAGE) & ~(16 * PAGE - 1)
p = mmap(a, PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_FIXED, m, 0)
read(p) == 0
pagemap(p) == PM_PRESENT | PM_FILE | PM_MMAP_EXCLUSIVE
kpageflags(p) & (KPF_ZERO_PAGE | KPF_ANON | KPF_SWAPBACKED) == KPF_SWAPBACKED
f = frame(p)
s = mmap(a + 16 * PAGE, PAGE, PROT_READ, MAP_SHARED | MAP_FIXED, m, 0)
read(s) == 0
frame(s) == f
mapcount(s) == 2
write(p, 1, 'p')
pagemap(p) == PM_PRESENT | PM_MMAP_EXCLUSIVE
frame(p) != f
read(s) == 0
