# Where the kernel has no zero page, a read fault before fork gives the parent a page of its own, which fork shares; a write in the child copies it for the child only, and the parent keeps its frame, mapped once again and exclusive.
require !zero_page
require root
p = mmap(NULL, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
write(p, 1, 'w')
read(p + PAGE) == 0
z = frame(p + PAGE)
frame(p) != z
kpageflags(p + PAGE) & (KPF_ZERO_PAGE | KPF_ANON) == KPF_ANON
c = fork()
@c frame(p + PAGE) == z
mapcount(p + PAGE) == 2
@c pagemap(p + PAGE) & (PM_PRESENT | PM_MMAP_EXCLUSIVE) == PM_PRESENT
@c write(p + PAGE, 1, 'c')
@c frame(p + PAGE) != z
@c pagemap(p + PAGE) & (PM_PRESENT | PM_MMAP_EXCLUSIVE) == PM_PRESENT | PM_MMAP_EXCLUSIVE
@c mapcount(p + PAGE) == 1
frame(p + PAGE) == z
mapcount(p + PAGE) == 1
pagemap(p + PAGE) & (PM_PRESENT | PM_MMAP_EXCLUSIVE) == PM_PRESENT | PM_MMAP_EXCLUSIVE
kpageflags(p + PAGE) & (KPF_ZERO_PAGE | KPF_ANON) == KPF_ANON
read(p + PAGE, PAGE) == 0
@c read(p + PAGE) == 'c'
@c read(p + PAGE + 1, PAGE - 1) == 0
@c exit()
