# fork copies all page tables of an anonymous VMA that had a write fault (it has an anon_vma), so a zero-page PTE from a read fault in that VMA is present in the child too, on the same zero frame.
require zero_page
require root
require !soft_dirty
p = mmap(NULL, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
write(p, 1, 'w')
read(p + 2 * PAGE) == 0
z = frame(p + 2 * PAGE)
c = fork()
@c pagemap(p + 2 * PAGE) & (PM_PRESENT | PM_MMAP_EXCLUSIVE) == PM_PRESENT
@c frame(p + 2 * PAGE) == z
@c kpageflags(p + 2 * PAGE) & KPF_ZERO_PAGE == KPF_ZERO_PAGE
@c mapcount(p + 2 * PAGE) == 0
@c pagemap(p + PAGE) == 0
@c read(p) == 'w'
@c exit()
