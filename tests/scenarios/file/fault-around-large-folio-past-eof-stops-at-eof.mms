# After ftruncate cuts into a cached (dirty) order-4 folio, fault-around maps the file's pages up to the new end and not one past it; the pages past the end raise SIGBUS.
require files
require fault_around_bytes >= 65536
require !soft_dirty
fd = open("data", O_RDWR | O_CREAT, 0600)
pwrite(fd, 'x', 16 * PAGE, 0) == 16 * PAGE
ftruncate(fd, 10 * PAGE) == 0
r = mmap(NULL, 2 * PMD_SIZE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + PMD_SIZE - 1) & ~(PMD_SIZE - 1)
# give the 2 MiB block its page table first (an anonymous page at its far end)
z = mmap(a + 256 * PAGE, PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
write(z, 1, 'z')
p = mmap(a, 16 * PAGE, PROT_READ, MAP_SHARED | MAP_FIXED, fd, 0)
read(p + 3 * PAGE) == 'x'
for i in 0..10: pagemap(p + i * PAGE) == PM_PRESENT | PM_FILE | PM_MMAP_EXCLUSIVE
for i in 10..16: pagemap(p + i * PAGE) == 0
smaps(p, "Rss") == 10 * PAGE
read(p + 10 * PAGE) == SIGBUS
read(p + 15 * PAGE) == SIGBUS
