# Where the kernel has no zero page, MADV_FREE on pages that read faults allocated and on never-touched pages succeeds: the allocated pages stay mapped on their frames, exclusive, and become clean (their PTEs lose the dirty bit); untouched pages stay not present; all read zero.
require !zero_page
require root
require !soft_dirty
p = mmap(NULL, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
read(p, 2 * PAGE) == 0
a = frame(p)
b = frame(p + PAGE)
a != b
smaps(p, "Private_Dirty") == 2 * PAGE
madvise(p, 4 * PAGE, MADV_FREE) == 0
frame(p) == a
frame(p + PAGE) == b
pagemap(p) & (PM_PRESENT | PM_MMAP_EXCLUSIVE) == PM_PRESENT | PM_MMAP_EXCLUSIVE
kpageflags(p) & (KPF_ZERO_PAGE | KPF_ANON) == KPF_ANON
pagemap(p + 2 * PAGE) == 0
pagemap(p + 3 * PAGE) == 0
smaps(p, "Rss") == 2 * PAGE
smaps(p, "Private_Dirty") == 0
smaps(p, "Private_Clean") == 2 * PAGE
read(p, 4 * PAGE) == 0
