# Where the kernel has no zero page, a read fault after MADV_DONTNEED allocates a fresh exclusive anonymous page, writable at once, so a later write stores into that same page without another fault's copy.
require !zero_page
require root
require !soft_dirty
p = mmap(NULL, PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
write(p, PAGE, 'd')
madvise(p, PAGE, MADV_DONTNEED) == 0
pagemap(p) == 0
read(p) == 0
kpageflags(p) & (KPF_ZERO_PAGE | KPF_ANON) == KPF_ANON
pagemap(p) & (PM_PRESENT | PM_MMAP_EXCLUSIVE) == PM_PRESENT | PM_MMAP_EXCLUSIVE
mapcount(p) == 1
smaps(p, "Anonymous") == PAGE
f = frame(p)
write(p, 1, 'n')
frame(p) == f
pagemap(p) & (PM_PRESENT | PM_MMAP_EXCLUSIVE) == PM_PRESENT | PM_MMAP_EXCLUSIVE
read(p) == 'n'
read(p + 1, PAGE - 1) == 0
