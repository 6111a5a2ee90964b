# A hole punched in a memfd frees its pages: shared mappings lose them (they read 0, and a read allocates a fresh page), pread reads 0; private COW copies in the hole are kept.
require files
require !soft_dirty
require root
m = memfd_create("m", 0)
pwrite(m, 'm', 8 * PAGE, 0) == 8 * PAGE
r = mmap(NULL, 64 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + 16 * PAGE) & ~(16 * PAGE - 1)
s = mmap(a, 8 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_FIXED, m, 0)
p = mmap(a + 16 * PAGE, 8 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_FIXED, m, 0)
read(s, 8 * PAGE) == 'm'
write(p + 2 * PAGE, PAGE, 'p')
fp = frame(p + 2 * PAGE)
fallocate(m, FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE, 2 * PAGE, 2 * PAGE) == 0
pagemap(s + 2 * PAGE) == 0
pagemap(s + 3 * PAGE) == 0
smaps(s, "Rss") == 6 * PAGE
pread(m, 2 * PAGE, 2 * PAGE) == 0
frame(p + 2 * PAGE) == fp
read(p + 2 * PAGE, PAGE) == 'p'
read(s + 2 * PAGE, 2 * PAGE) == 0
kpageflags(s + 2 * PAGE) & KPF_DIRTY == 0
pread(m, 1, 8 * PAGE - 1) == 'm'
fallocate(m, FALLOC_FL_PUNCH_HOLE, 0, PAGE) == -EOPNOTSUPP
