# Write faults on memfd mappings map one page: a shared write fault maps only its page, a private write fault only its anonymous copy, though all 16 pages of the window are in the file.
require files
require fault_around_bytes >= 65536
require !soft_dirty
m = memfd_create("m", 0)
ftruncate(m, 16 * PAGE)
for i in 0..16: pwrite(m, 'm', PAGE, i * PAGE) == PAGE
r = mmap(NULL, 64 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + 16 * PAGE) & ~(16 * PAGE - 1)
s = mmap(a, 16 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_FIXED, m, 0)
p = mmap(a + 16 * PAGE, 16 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_FIXED, m, 0)
write(s + 5 * PAGE, 1, 's')
smaps(s, "Rss") == PAGE
pagemap(s + 5 * PAGE) == PM_PRESENT | PM_FILE | PM_MMAP_EXCLUSIVE
write(p + 7 * PAGE, 1, 'p')
smaps(p, "Rss") == PAGE
pagemap(p + 7 * PAGE) == PM_PRESENT | PM_MMAP_EXCLUSIVE
smaps(p, "Anonymous") == PAGE
read(p) == 'm'
smaps(p, "Rss") == 16 * PAGE
read(p + 5 * PAGE) == 's'
