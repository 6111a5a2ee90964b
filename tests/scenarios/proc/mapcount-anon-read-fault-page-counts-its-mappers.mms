# Without the zero page, each read-faulted anonymous page is a page of its own with kpagecount 1, and fork shares it like a written page: 2 in both processes, even in a VMA that was only ever read (the read gave it an anon_vma).
require !zero_page
require root
require !soft_dirty
r = mmap(NULL, 12 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 2 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
q = mmap(r + 8 * PAGE, 2 * PAGE, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
read(p, 4 * PAGE) == 0
read(q, 2 * PAGE) == 0
mapcount(p) == 1
mapcount(q + PAGE) == 1
# the write reuses the exclusive page the read made
f = frame(p + 3 * PAGE)
write(p + 3 * PAGE, 1, 'a')
frame(p + 3 * PAGE) == f
c = fork()
@c pagemap(p) == PM_PRESENT
@c mapcount(p) == 2
mapcount(p) == 2
mapcount(p + 3 * PAGE) == 2
@c pagemap(q + PAGE) == PM_PRESENT
@c mapcount(q + PAGE) == 2
pagemap(q + PAGE) == PM_PRESENT
@c exit()
mapcount(p) == 1
mapcount(q + PAGE) == 1
