# A read fault on a hole of a memfd (ftruncate-grown) allocates a zeroed shmem page in the file: PM_FILE, kpagecount 1, clean (no KPF_DIRTY), never the zero page; a second mapping and pread then find that page.
require files
require fault_around_bytes > 4096
require !soft_dirty
require root
m = memfd_create("m", 0)
ftruncate(m, 4 * PAGE)
r = mmap(NULL, 64 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + 16 * PAGE) & ~(16 * PAGE - 1)
s = mmap(a, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_FIXED, m, 0)
read(s + PAGE, PAGE) == 0
pagemap(s + PAGE) == PM_PRESENT | PM_FILE | PM_MMAP_EXCLUSIVE
kpageflags(s + PAGE) & (KPF_ZERO_PAGE | KPF_ANON | KPF_DIRTY | KPF_SWAPBACKED | KPF_UPTODATE) == KPF_SWAPBACKED | KPF_UPTODATE
mapcount(s + PAGE) == 1
# only the faulting hole got a page: there is no readahead on shmem
smaps(s, "Rss") == PAGE
t = mmap(a + 16 * PAGE, 4 * PAGE, PROT_READ, MAP_SHARED | MAP_FIXED, m, 0)
read(t) == 0
frame(t + PAGE) == frame(s + PAGE)
smaps(t, "Rss") == 2 * PAGE
pread(m, 4 * PAGE, 0) == 0
