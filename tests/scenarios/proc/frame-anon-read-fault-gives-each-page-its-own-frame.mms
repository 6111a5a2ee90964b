# Without the zero page, every read-faulted untouched anonymous page gets a frame of its own, distinct from every other page's in any VMA; fork shares them (the read gave the VMA an anon_vma), and a write after fork copies the shared page to a new frame while the child keeps the old one.
require !zero_page
require root
r = mmap(NULL, 12 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 2 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
q = mmap(r + 8 * PAGE, 2 * PAGE, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
read(p, 4 * PAGE) == 0
read(q, 2 * PAGE) == 0
z = frame(p)
z1 = frame(p + PAGE)
z3 = frame(p + 3 * PAGE)
zq = frame(q)
zq1 = frame(q + PAGE)
z1 != z
z3 != z
z3 != z1
zq != z
zq1 != z
zq1 != zq
c = fork()
@c frame(q) == zq
@c read(q) == 0
@c frame(q) == zq
@c frame(q + PAGE) == zq1
@c frame(p) == z
write(p, 1, 'a')
frame(p) != z
frame(p) != z1
@c frame(p) == z
@c read(p) == 0
frame(p + PAGE) == z1
read(p) == 'a'
