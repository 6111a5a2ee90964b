# A write in the child to a zero page it inherited through fork allocates a fresh exclusive page for the child only; the parent's PTE still maps the zero page.
require zero_page
require root
p = mmap(NULL, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
write(p, 1, 'w')
read(p + PAGE) == 0
z = frame(p + PAGE)
c = fork()
@c write(p + PAGE, 1, 'c')
@c frame(p + PAGE) != z
@c pagemap(p + PAGE) & (PM_PRESENT | PM_MMAP_EXCLUSIVE) == PM_PRESENT | PM_MMAP_EXCLUSIVE
@c mapcount(p + PAGE) == 1
frame(p + PAGE) == z
kpageflags(p + PAGE) & KPF_ZERO_PAGE == KPF_ZERO_PAGE
read(p + PAGE, PAGE) == 0
@c read(p + PAGE) == 'c'
@c exit()
