# A read fault on a memfd mapping also maps the pages already in the page cache within the fault-around window (fault_around_bytes, 64 KiB, aligned on the virtual address): they read PM_PRESENT | PM_FILE untouched; holes and pages outside the window stay 0.
# files and shmem come to the model with the page cache (issue 4)
require files
require fault_around_bytes == 65536
require !soft_dirty
fd = memfd_create("fault-around", 0)
ftruncate(fd, 24 * PAGE)
pwrite(fd, 'f', 4 * PAGE, 0) == 4 * PAGE
pwrite(fd, 'g', PAGE, 6 * PAGE) == PAGE
pwrite(fd, 'h', 3 * PAGE, 15 * PAGE) == 3 * PAGE
# place the mapping on a 64 KiB boundary inside a PROT_NONE carve-out
r = mmap(NULL, 24 * PAGE + 64 * KiB, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + 64 * KiB - 1) & ~(64 * KiB - 1)
p = mmap(a, 24 * PAGE, PROT_READ, MAP_PRIVATE | MAP_FIXED, fd, 0)
for i in 0..24: pagemap(p + i * PAGE) == 0
read(p + PAGE) == 'f'
pagemap(p + PAGE) == PM_PRESENT | PM_FILE | PM_MMAP_EXCLUSIVE
# cached neighbours inside [p, p + 64 KiB), mapped by the same fault
pagemap(p) == PM_PRESENT | PM_FILE | PM_MMAP_EXCLUSIVE
pagemap(p + 3 * PAGE) == PM_PRESENT | PM_FILE | PM_MMAP_EXCLUSIVE
pagemap(p + 6 * PAGE) == PM_PRESENT | PM_FILE | PM_MMAP_EXCLUSIVE
pagemap(p + 15 * PAGE) == PM_PRESENT | PM_FILE | PM_MMAP_EXCLUSIVE
# holes of the file
pagemap(p + 4 * PAGE) == 0
pagemap(p + 5 * PAGE) == 0
pagemap(p + 14 * PAGE) == 0
# cached, but outside the window
pagemap(p + 16 * PAGE) == 0
pagemap(p + 17 * PAGE) == 0
smaps(p, "Rss") == 6 * PAGE
# a fault in the next window maps that window's cached pages
read(p + 20 * PAGE) == 0
pagemap(p + 16 * PAGE) == PM_PRESENT | PM_FILE | PM_MMAP_EXCLUSIVE
pagemap(p + 17 * PAGE) == PM_PRESENT | PM_FILE | PM_MMAP_EXCLUSIVE
