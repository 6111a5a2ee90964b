# MADV_POPULATE_WRITE over pages mapped to the zero page replaces each with a fresh exclusive page, and keeps already-written pages and their data as they are.
require zero_page
require root
p = mmap(NULL, 3 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
madvise(p, 2 * PAGE, MADV_POPULATE_READ) == 0
write(p + 2 * PAGE, PAGE, 'x')
w = frame(p + 2 * PAGE)
z = frame(p)
madvise(p, 3 * PAGE, MADV_POPULATE_WRITE) == 0
frame(p) != z
frame(p + PAGE) != z
frame(p + 2 * PAGE) == w
pagemap(p) & PM_MMAP_EXCLUSIVE == PM_MMAP_EXCLUSIVE
kpageflags(p + PAGE) & (KPF_ANON | KPF_ZERO_PAGE) == KPF_ANON
read(p, 2 * PAGE) == 0
read(p + 2 * PAGE, PAGE) == 'x'
