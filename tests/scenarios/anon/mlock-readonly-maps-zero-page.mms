# mlock of a PROT_READ private anonymous range populates it with read faults: every page maps the zero page (not mlocked, not mapcounted).
require zero_page
require root
p = mmap(NULL, 2 * PAGE, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
mlock(p, 2 * PAGE) == 0
pagemap(p) & (PM_PRESENT | PM_MMAP_EXCLUSIVE) == PM_PRESENT
pagemap(p + PAGE) & (PM_PRESENT | PM_MMAP_EXCLUSIVE) == PM_PRESENT
kpageflags(p) & (KPF_ZERO_PAGE | KPF_MLOCKED) == KPF_ZERO_PAGE
mapcount(p) == 0
smaps(p, "Locked") == 0
