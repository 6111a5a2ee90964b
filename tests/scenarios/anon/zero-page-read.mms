# A read of untouched private anonymous memory maps the shared zero page: pagemap present, not exclusive, no PM_FILE; kpageflags ZERO_PAGE; kpagecount 0.
require zero_page
require root
p = mmap(NULL, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
read(p) == 0
pagemap(p) & PM_PRESENT == PM_PRESENT
pagemap(p) & PM_MMAP_EXCLUSIVE == 0
pagemap(p) & PM_FILE == 0
pagemap(p) & PM_SWAP == 0
kpageflags(p) & KPF_ZERO_PAGE == KPF_ZERO_PAGE
mapcount(p) == 0
frame(p) != NONE
