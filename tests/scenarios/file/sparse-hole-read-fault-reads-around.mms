# One read fault on a hole of a small sparse file caches the whole file (read-around) and fault-around maps the 16 pages of its 64 KiB window at once; private mapping or shared alike.
require files
require fault_around_bytes == 65536
require read_ahead_kb >= 256
require !soft_dirty
require scratch_fs == ext4
fd = open("data", O_RDWR | O_CREAT, 0600)
ftruncate(fd, 32 * PAGE)
r = mmap(NULL, 128 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + 16 * PAGE) & ~(16 * PAGE - 1)
p = mmap(a, 32 * PAGE, PROT_READ, MAP_PRIVATE | MAP_FIXED, fd, 0)
read(p + 5 * PAGE) == 0
for i in 0..16: pagemap(p + i * PAGE) == PM_PRESENT | PM_FILE | PM_MMAP_EXCLUSIVE
for i in 16..32: pagemap(p + i * PAGE) == 0
smaps(p, "Rss") == 16 * PAGE
# the other half of the file is cached too: a shared mapping's fault there maps a full window
s = mmap(a + 32 * PAGE, 32 * PAGE, PROT_READ, MAP_SHARED | MAP_FIXED, fd, 0)
read(s + 20 * PAGE) == 0
for i in 16..32: pagemap(s + i * PAGE) == PM_PRESENT | PM_FILE | PM_MMAP_EXCLUSIVE
smaps(s, "Rss") == 16 * PAGE
