# A read fault on a memfd mapping maps every page of the 16-page window that is in the file, and no hole: the holes are neither mapped nor allocated (a later pread of them allocates nothing either).
require files
require fault_around_bytes == 65536
require !soft_dirty
m = memfd_create("m", 0)
ftruncate(m, 32 * PAGE)
for i in 0..4: pwrite(m, 'a' + i, PAGE, i * PAGE) == PAGE
pwrite(m, 'z', PAGE, 15 * PAGE) == PAGE
pwrite(m, 'y', PAGE, 16 * PAGE) == PAGE
r = mmap(NULL, 64 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + 16 * PAGE) & ~(16 * PAGE - 1)
s = mmap(a, 32 * PAGE, PROT_READ, MAP_SHARED | MAP_FIXED, m, 0)
read(s + 2 * PAGE) == 'c'
for i in 0..4: pagemap(s + i * PAGE) == PM_PRESENT | PM_FILE | PM_MMAP_EXCLUSIVE
for i in 4..15: pagemap(s + i * PAGE) == 0
pagemap(s + 15 * PAGE) == PM_PRESENT | PM_FILE | PM_MMAP_EXCLUSIVE
pagemap(s + 16 * PAGE) == 0
smaps(s, "Rss") == 5 * PAGE
pread(m, 10 * PAGE, 4 * PAGE) == 0
q = mmap(a + 32 * PAGE, 16 * PAGE, PROT_READ, MAP_SHARED | MAP_FIXED, m, 0)
read(q + PAGE) == 'b'
smaps(q, "Rss") == 5 * PAGE
