# Where the kernel has no zero page, MADV_POPULATE_READ already maps pages of the process's own, writable, so MADV_POPULATE_WRITE over them replaces nothing: every page keeps its frame and its data.
require !zero_page
require root
p = mmap(NULL, 3 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
madvise(p, 2 * PAGE, MADV_POPULATE_READ) == 0
write(p + 2 * PAGE, PAGE, 'x')
w = frame(p + 2 * PAGE)
a = frame(p)
b = frame(p + PAGE)
a != b
pagemap(p) & PM_MMAP_EXCLUSIVE == PM_MMAP_EXCLUSIVE
madvise(p, 3 * PAGE, MADV_POPULATE_WRITE) == 0
frame(p) == a
frame(p + PAGE) == b
frame(p + 2 * PAGE) == w
pagemap(p) & PM_MMAP_EXCLUSIVE == PM_MMAP_EXCLUSIVE
kpageflags(p + PAGE) & (KPF_ANON | KPF_ZERO_PAGE) == KPF_ANON
smaps(p, "Anonymous") == 3 * PAGE
read(p, 2 * PAGE) == 0
read(p + 2 * PAGE, PAGE) == 'x'
