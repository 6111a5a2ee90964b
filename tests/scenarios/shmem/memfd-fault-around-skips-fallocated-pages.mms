# Pages that fallocate allocated in a memfd are not up to date until first touched, so fault-around does not map them; the fault on one maps it (zeroed, and from then KPF_DIRTY) while written pages around are mapped.
require files
require !soft_dirty
require root
m = memfd_create("m", 0)
ftruncate(m, 32 * PAGE)
fallocate(m, 0, 0, 8 * PAGE) == 0
pwrite(m, 'w', PAGE, 10 * PAGE) == PAGE
r = mmap(NULL, 64 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + 16 * PAGE) & ~(16 * PAGE - 1)
s = mmap(a, 32 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_FIXED, m, 0)
read(s + 10 * PAGE) == 'w'
for i in 0..10: pagemap(s + i * PAGE) == 0
smaps(s, "Rss") == PAGE
read(s + 2 * PAGE, PAGE) == 0
pagemap(s + 2 * PAGE) == PM_PRESENT | PM_FILE | PM_MMAP_EXCLUSIVE
pagemap(s + 3 * PAGE) == 0
kpageflags(s + 2 * PAGE) & KPF_DIRTY == KPF_DIRTY
smaps(s, "Rss") == 2 * PAGE
