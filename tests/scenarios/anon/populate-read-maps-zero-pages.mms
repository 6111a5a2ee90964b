# MADV_POPULATE_READ on untouched private anonymous memory maps the zero page at every page of the range: present, not exclusive, ZERO_PAGE, not counted in Rss.
require zero_page
require root
r = mmap(NULL, 8 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 2 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
madvise(p, 4 * PAGE, MADV_POPULATE_READ) == 0
for i in 0..4: pagemap(p + i * PAGE) & (PM_PRESENT | PM_MMAP_EXCLUSIVE | PM_FILE) == PM_PRESENT
for i in 0..4: kpageflags(p + i * PAGE) & KPF_ZERO_PAGE == KPF_ZERO_PAGE
z = frame(p)
frame(p + 3 * PAGE) == z
smaps(p, "Rss") == 0
read(p, 4 * PAGE) == 0
