# A MAP_PRIVATE memfd page reads as PM_PRESENT | PM_FILE (the page cache page) until the process writes it; the private copy is anonymous: PM_PRESENT | PM_MMAP_EXCLUSIVE, no PM_FILE.
# files and shmem come to the model with the page cache (issue 4)
require files
require !soft_dirty
require root
fd = memfd_create("pm-private", 0)
ftruncate(fd, 2 * PAGE)
pwrite(fd, 'f', 2 * PAGE, 0) == 2 * PAGE
p = mmap(NULL, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, 0)
read(p) == 'f'
pagemap(p) == PM_PRESENT | PM_FILE | PM_MMAP_EXCLUSIVE
f = frame(p)
write(p, PAGE, 'p')
pagemap(p) == PM_PRESENT | PM_MMAP_EXCLUSIVE
frame(p) != f
kpageflags(p) & KPF_ANON == KPF_ANON
pread(fd, PAGE, 0) == 'f'
