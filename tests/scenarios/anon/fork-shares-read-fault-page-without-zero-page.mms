# Where the kernel has no zero page, a read fault in an anonymous VMA that had a write fault allocates a page, and fork copies its PTE: the child maps the same frame, anonymous, mapcount 2, exclusive in neither process; pages never touched stay not present.
require !zero_page
require root
require !soft_dirty
p = mmap(NULL, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
write(p, 1, 'w')
read(p + 2 * PAGE) == 0
z = frame(p + 2 * PAGE)
frame(p) != z
c = fork()
@c pagemap(p + 2 * PAGE) & (PM_PRESENT | PM_MMAP_EXCLUSIVE) == PM_PRESENT
@c frame(p + 2 * PAGE) == z
@c kpageflags(p + 2 * PAGE) & (KPF_ZERO_PAGE | KPF_ANON) == KPF_ANON
@c mapcount(p + 2 * PAGE) == 2
pagemap(p + 2 * PAGE) & (PM_PRESENT | PM_MMAP_EXCLUSIVE) == PM_PRESENT
@c pagemap(p + PAGE) == 0
@c pagemap(p + 3 * PAGE) == 0
@c read(p) == 'w'
@c read(p + 2 * PAGE, PAGE) == 0
@c exit()
