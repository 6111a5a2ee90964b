# Where the kernel has no zero page, MADV_POPULATE_READ on untouched private anonymous memory allocates a page of its own at every page of the range: present, exclusive, not file, anonymous, each on its own frame, counted in Rss as dirty (a writable VMA's new PTEs are dirty).
require !zero_page
require root
r = mmap(NULL, 8 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 2 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
madvise(p, 4 * PAGE, MADV_POPULATE_READ) == 0
for i in 0..4: pagemap(p + i * PAGE) & (PM_PRESENT | PM_MMAP_EXCLUSIVE | PM_FILE) == PM_PRESENT | PM_MMAP_EXCLUSIVE
for i in 0..4: kpageflags(p + i * PAGE) & (KPF_ZERO_PAGE | KPF_ANON) == KPF_ANON
for i in 0..4: mapcount(p + i * PAGE) == 1
z = frame(p)
frame(p + 3 * PAGE) != z
frame(p + PAGE) != z
smaps(p, "Rss") == 4 * PAGE
smaps(p, "Anonymous") == 4 * PAGE
smaps(p, "Private_Dirty") == 4 * PAGE
read(p, 4 * PAGE) == 0
