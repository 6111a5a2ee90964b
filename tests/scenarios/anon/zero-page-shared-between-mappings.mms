# Read faults in two different anonymous mappings, and on two pages of the same mapping, all map the one zero-page frame.
require zero_page
require root
p = mmap(NULL, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
q = mmap(NULL, 2 * PAGE, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
read(p) == 0
read(p + PAGE) == 0
read(q + PAGE) == 0
z = frame(p)
frame(p + PAGE) == z
frame(q + PAGE) == z
mapcount(q + PAGE) == 0
