# A read fault on untouched MAP_SHARED | MAP_ANONYMOUS memory allocates a zeroed shmem page, not the shared zero page: PM_FILE, kpagecount 1, KPF_SWAPBACKED, no KPF_ZERO_PAGE nor KPF_ANON, not dirty.
require zero_page
require files
require root
require !soft_dirty
r = mmap(NULL, 64 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + 16 * PAGE) & ~(16 * PAGE - 1)
s = mmap(a, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
pagemap(s) == 0
read(s, PAGE) == 0
pagemap(s) == PM_PRESENT | PM_FILE | PM_MMAP_EXCLUSIVE
mapcount(s) == 1
kpageflags(s) & (KPF_ZERO_PAGE | KPF_ANON | KPF_SWAPBACKED | KPF_MMAP | KPF_UPTODATE | KPF_DIRTY) == KPF_SWAPBACKED | KPF_MMAP | KPF_UPTODATE
smaps(s, "Rss") == PAGE
smaps(s, "Anonymous") == 0
pagemap(s + PAGE) == 0
# unlike private anonymous memory, where a read maps the zero page
z = mmap(a + 16 * PAGE, PAGE, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
read(z) == 0
kpageflags(z) & KPF_ZERO_PAGE == KPF_ZERO_PAGE
