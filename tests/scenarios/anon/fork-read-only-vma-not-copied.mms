# fork does not copy the page tables of an anonymous VMA that only ever had read faults (where reads map the zero page, it has no anon_vma): the child sees the zero-page PTE as not present until its own read maps the zero page again.
require zero_page
require root
require !soft_dirty
p = mmap(NULL, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
read(p, 4 * PAGE) == 0
z = frame(p)
pagemap(p) & PM_PRESENT == PM_PRESENT
c = fork()
@c pagemap(p) == 0
@c pagemap(p + 3 * PAGE) == 0
@c frame(p) == NONE
pagemap(p) & PM_PRESENT == PM_PRESENT
@c read(p) == 0
@c frame(p) == z
@c pagemap(p) & (PM_PRESENT | PM_MMAP_EXCLUSIVE) == PM_PRESENT
@c pagemap(p + PAGE) == 0
@c exit()
