# After MADV_DONTNEED, a read fault maps the shared zero page (not a fresh anonymous page) and a later write allocates a new exclusive page.
require zero_page
require root
p = mmap(NULL, PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
write(p, PAGE, 'd')
madvise(p, PAGE, MADV_DONTNEED) == 0
read(p) == 0
kpageflags(p) & (KPF_ZERO_PAGE | KPF_ANON) == KPF_ZERO_PAGE
pagemap(p) & (PM_PRESENT | PM_MMAP_EXCLUSIVE) == PM_PRESENT
write(p, 1, 'n')
pagemap(p) & (PM_PRESENT | PM_MMAP_EXCLUSIVE) == PM_PRESENT | PM_MMAP_EXCLUSIVE
read(p + 1, PAGE - 1) == 0
