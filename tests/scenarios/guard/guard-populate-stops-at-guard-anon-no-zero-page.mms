# MADV_POPULATE_WRITE over a guard, private anonymous memory, on a kernel without the zero page: the pages before the guard are populated, then the guard's SIGSEGV ends the call with -EFAULT and nothing after it is touched; MADV_POPULATE_READ there then allocates exclusive anonymous pages of the process's own, counted in Rss
require !zero_page
require root
require !soft_dirty
r = mmap(NULL, 10 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + PAGE, 8 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
madvise(p + 3 * PAGE, PAGE, MADV_GUARD_INSTALL) == 0
madvise(p, 8 * PAGE, MADV_POPULATE_WRITE) == -EFAULT
for i in 0..3: pagemap(p + i * PAGE) == PM_PRESENT | PM_MMAP_EXCLUSIVE
pagemap(p + 3 * PAGE) == PM_SWAP | PM_GUARD_REGION
for i in 4..8: pagemap(p + i * PAGE) == 0
smaps(p, "Rss") == 3 * PAGE
madvise(p + 4 * PAGE, 4 * PAGE, MADV_POPULATE_READ) == 0
for i in 4..8: pagemap(p + i * PAGE) == PM_PRESENT | PM_MMAP_EXCLUSIVE
kpageflags(p + 4 * PAGE) & (KPF_ANON | KPF_ZERO_PAGE | KPF_OWNER_2) == KPF_ANON | KPF_OWNER_2
mapcount(p + 4 * PAGE) == 1
frame(p + 4 * PAGE) != frame(p + 5 * PAGE)
smaps(p, "Rss") == 7 * PAGE
smaps(p, "Anonymous") == 7 * PAGE
pagemap(p + 3 * PAGE) == PM_SWAP | PM_GUARD_REGION
