# A memfd page mapped MAP_SHARED is a file page: pagemap PM_PRESENT | PM_FILE, plus PM_MMAP_EXCLUSIVE while this one mapping maps it; a page not yet in the file's cache reads 0.
# files and shmem come to the model with the page cache (issue 4)
require files
require !soft_dirty
require root
fd = memfd_create("pm-file", 0)
ftruncate(fd, 4 * PAGE)
s = mmap(NULL, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0)
pagemap(s) == 0
write(s, PAGE, 's')
pagemap(s) == PM_PRESENT | PM_FILE | PM_MMAP_EXCLUSIVE
mapcount(s) == 1
read(s + 3 * PAGE) == 0
pagemap(s + 3 * PAGE) == PM_PRESENT | PM_FILE | PM_MMAP_EXCLUSIVE
pagemap(s + PAGE) == 0
pagemap(s + 2 * PAGE) == 0
# a second shared mapping of the same page: mapped twice, no longer exclusive
t = mmap(NULL, PAGE, PROT_READ, MAP_SHARED, fd, 0)
read(t) == 's'
pagemap(t) == PM_PRESENT | PM_FILE
pagemap(s) == PM_PRESENT | PM_FILE
mapcount(s) == 2
munmap(t, PAGE)
pagemap(s) == PM_PRESENT | PM_FILE | PM_MMAP_EXCLUSIVE
