# MAP_POPULATE on a PROT_READ private anonymous mapping pre-faults it for reading: every page maps the zero page, and Rss stays 0.
require zero_page
require root
r = mmap(NULL, 8 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 2 * PAGE, 4 * PAGE, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED | MAP_POPULATE, -1, 0)
for i in 0..4: pagemap(p + i * PAGE) & (PM_PRESENT | PM_MMAP_EXCLUSIVE) == PM_PRESENT
for i in 0..4: kpageflags(p + i * PAGE) & KPF_ZERO_PAGE == KPF_ZERO_PAGE
smaps(p, "Rss") == 0
