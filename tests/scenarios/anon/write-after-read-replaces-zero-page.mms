# A write to a page that a read mapped to the zero page replaces it with a fresh exclusive anonymous page holding zeros plus the written byte; the zero page frame is unchanged elsewhere.
require zero_page
require root
p = mmap(NULL, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
read(p, 2 * PAGE) == 0
z = frame(p)
frame(p + PAGE) == z
write(p + 10, 1, 'k')
frame(p) != z
frame(p + PAGE) == z
pagemap(p) & (PM_PRESENT | PM_MMAP_EXCLUSIVE) == PM_PRESENT | PM_MMAP_EXCLUSIVE
kpageflags(p) & (KPF_ZERO_PAGE | KPF_ANON) == KPF_ANON
mapcount(p) == 1
read(p + 10) == 'k'
read(p, 10) == 0
read(p + 11, PAGE - 11) == 0
smaps(p, "Anonymous") == PAGE
