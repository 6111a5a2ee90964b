# A memfd page mapped by a MAP_SHARED and a MAP_PRIVATE mapping is mapped twice: neither entry is exclusive; after the private side copies on write both are exclusive again.
# files and shmem come to the model with the page cache (issue 4)
require files
require !soft_dirty
require root
fd = memfd_create("pm-both", 0)
ftruncate(fd, PAGE)
s = mmap(NULL, PAGE, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0)
p = mmap(NULL, PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, 0)
write(s, PAGE, 's')
read(p) == 's'
frame(p) == frame(s)
pagemap(s) == PM_PRESENT | PM_FILE
pagemap(p) == PM_PRESENT | PM_FILE
mapcount(s) == 2
write(p, 1, 'p')
pagemap(p) == PM_PRESENT | PM_MMAP_EXCLUSIVE
pagemap(s) == PM_PRESENT | PM_FILE | PM_MMAP_EXCLUSIVE
mapcount(s) == 1
# the shared side's later writes no longer reach the private copy
write(s, PAGE, 't')
read(p) == 'p'
read(p + 1) == 's'
