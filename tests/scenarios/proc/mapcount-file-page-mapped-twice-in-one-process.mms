# A memfd page mapped at two addresses of one process has kpagecount 2 and is exclusive at neither, though no other process maps it.
# files and shmem come to the model with the page cache (issue 4)
require files
require !soft_dirty
require root
fd = memfd_create("twice", 0)
ftruncate(fd, PAGE)
a = mmap(NULL, PAGE, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0)
b = mmap(NULL, PAGE, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0)
write(a, PAGE, 'a')
mapcount(a) == 1
read(b) == 'a'
frame(b) == frame(a)
mapcount(a) == 2
mapcount(b) == 2
pagemap(a) == PM_PRESENT | PM_FILE
pagemap(b) == PM_PRESENT | PM_FILE
smaps(a, "Pss") == 2 * KiB
munmap(b, PAGE)
mapcount(a) == 1
pagemap(a) == PM_PRESENT | PM_FILE | PM_MMAP_EXCLUSIVE
