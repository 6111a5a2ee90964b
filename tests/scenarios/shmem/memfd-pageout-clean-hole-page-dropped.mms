# MADV_PAGEOUT drops a clean memfd page (one a read fault allocated in a hole): it leaves the file, so another mapping's fault-around no longer finds it, while a written page beside it stays; the hole reads 0 again.
require files
require !soft_dirty
require root
m = memfd_create("m", 0)
ftruncate(m, 16 * PAGE)
r = mmap(NULL, 64 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + 16 * PAGE) & ~(16 * PAGE - 1)
s = mmap(a, 16 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_FIXED, m, 0)
q = mmap(a + 16 * PAGE, 16 * PAGE, PROT_READ, MAP_SHARED | MAP_FIXED, m, 0)
read(s + 2 * PAGE) == 0
write(s + 3 * PAGE, 1, 'w')
kpageflags(s + 2 * PAGE) & KPF_DIRTY == 0
madvise(s, 16 * PAGE, MADV_PAGEOUT) == 0
pagemap(s + 2 * PAGE) == 0
pagemap(s + 3 * PAGE) == 0
read(q + 3 * PAGE) == 'w'
pagemap(q + 2 * PAGE) == 0
smaps(q, "Rss") == PAGE
read(q + 2 * PAGE, PAGE) == 0
