# An ext4 page mapped by two shared mappings of one process has kpagecount 2 and is exclusive in neither; unmapping one makes the other exclusive again.
require files
require !soft_dirty
require root
fd = open("data", O_RDWR | O_CREAT, 0600)
pwrite(fd, 'd', PAGE, 0) == PAGE
r = mmap(NULL, 64 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + 16 * PAGE) & ~(16 * PAGE - 1)
s = mmap(a, PAGE, PROT_READ, MAP_SHARED | MAP_FIXED, fd, 0)
t = mmap(a + 16 * PAGE, PAGE, PROT_READ, MAP_SHARED | MAP_FIXED, fd, 0)
read(s) == 'd'
mapcount(s) == 1
pagemap(s) == PM_PRESENT | PM_FILE | PM_MMAP_EXCLUSIVE
read(t) == 'd'
mapcount(s) == 2
mapcount(t) == 2
pagemap(s) == PM_PRESENT | PM_FILE
pagemap(t) == PM_PRESENT | PM_FILE
smaps(s, "Pss") == 2 * KiB
smaps(s, "Rss") == 4 * KiB
munmap(t, PAGE)
mapcount(s) == 1
pagemap(s) == PM_PRESENT | PM_FILE | PM_MMAP_EXCLUSIVE
smaps(s, "Pss") == 4 * KiB
