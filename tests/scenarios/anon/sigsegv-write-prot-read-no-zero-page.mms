# Where the kernel has no zero page, a write to a PROT_READ private anonymous mapping raises SIGSEGV and maps no page; reads of it succeed and allocate read-only exclusive anonymous pages, which a write still cannot touch.
require !zero_page
require root
require !soft_dirty
p = mmap(NULL, 2 * PAGE, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
write(p, 1, 'x') == SIGSEGV
pagemap(p) == 0
read(p, 2 * PAGE) == 0
kpageflags(p) & (KPF_ZERO_PAGE | KPF_ANON) == KPF_ANON
pagemap(p + PAGE) & (PM_PRESENT | PM_MMAP_EXCLUSIVE) == PM_PRESENT | PM_MMAP_EXCLUSIVE
f = frame(p + PAGE)
write(p + PAGE, 1, 'x') == SIGSEGV
frame(p + PAGE) == f
read(p + PAGE) == 0
smaps(p, "Rss") == 2 * PAGE
smaps(p, "Private_Clean") == 2 * PAGE
