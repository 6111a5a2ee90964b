# Where the kernel has no zero page, a write to a page that a read fault allocated stores into that page: it keeps its frame, stays exclusive and anonymous with mapcount 1, and holds zeros plus the written byte; its neighbour keeps its own frame.
require !zero_page
require root
p = mmap(NULL, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
read(p, 2 * PAGE) == 0
z = frame(p)
y = frame(p + PAGE)
y != z
smaps(p, "Anonymous") == 2 * PAGE
write(p + 10, 1, 'k')
frame(p) == z
frame(p + PAGE) == y
pagemap(p) & (PM_PRESENT | PM_MMAP_EXCLUSIVE) == PM_PRESENT | PM_MMAP_EXCLUSIVE
kpageflags(p) & (KPF_ZERO_PAGE | KPF_ANON) == KPF_ANON
mapcount(p) == 1
read(p + 10) == 'k'
read(p, 10) == 0
read(p + 11, PAGE - 11) == 0
smaps(p, "Anonymous") == 2 * PAGE
