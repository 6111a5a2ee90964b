# Where the kernel has no zero page, read faults in two different anonymous mappings, and on two pages of the same mapping, each map a page of their own: three distinct frames, each mapcount 1.
require !zero_page
require root
p = mmap(NULL, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
q = mmap(NULL, 2 * PAGE, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
read(p) == 0
read(p + PAGE) == 0
read(q + PAGE) == 0
z = frame(p)
frame(p + PAGE) != z
frame(q + PAGE) != z
frame(q + PAGE) != frame(p + PAGE)
mapcount(p) == 1
mapcount(p + PAGE) == 1
mapcount(q + PAGE) == 1
