# Where the kernel has no zero page, read faults alone give an anonymous VMA an anon_vma and pages of its own, so fork copies its page tables: the child maps every page the parent read, on the parent's frames, mapcount 2, exclusive in neither.
require !zero_page
require root
p = mmap(NULL, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
read(p, 4 * PAGE) == 0
z = frame(p)
frame(p + PAGE) != z
pagemap(p) & (PM_PRESENT | PM_MMAP_EXCLUSIVE) == PM_PRESENT | PM_MMAP_EXCLUSIVE
c = fork()
@c pagemap(p) & (PM_PRESENT | PM_MMAP_EXCLUSIVE) == PM_PRESENT
@c pagemap(p + 3 * PAGE) & (PM_PRESENT | PM_MMAP_EXCLUSIVE) == PM_PRESENT
@c frame(p) == z
@c mapcount(p) == 2
pagemap(p) & (PM_PRESENT | PM_MMAP_EXCLUSIVE) == PM_PRESENT
@c kpageflags(p) & (KPF_ZERO_PAGE | KPF_ANON) == KPF_ANON
@c smaps(p, "Anonymous") == 4 * PAGE
@c read(p) == 0
@c frame(p) == z
@c pagemap(p + PAGE) & (PM_PRESENT | PM_MMAP_EXCLUSIVE) == PM_PRESENT
@c exit()
