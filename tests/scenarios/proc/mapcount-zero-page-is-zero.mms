# kpagecount of the shared zero page is 0: it is never mapcounted, however many places and processes map it.
require zero_page
require root
require !soft_dirty
r = mmap(NULL, 12 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 2 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
q = mmap(r + 8 * PAGE, 2 * PAGE, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
read(p, 4 * PAGE) == 0
read(q, 2 * PAGE) == 0
mapcount(p) == 0
mapcount(q + PAGE) == 0
# give p an anon_vma so that fork copies its zero-page entries
write(p + 3 * PAGE, 1, 'a')
c = fork()
@c pagemap(p) == PM_PRESENT
@c mapcount(p) == 0
mapcount(p) == 0
mapcount(p + 3 * PAGE) == 2
