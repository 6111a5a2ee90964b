# MAP_SHARED | MAP_ANONYMOUS memory is shmem: its pages read PM_PRESENT | PM_FILE, exclusive while one process maps them; after fork they are shared without copy.
# files and shmem come to the model with the page cache (issue 4)
require files
require !soft_dirty
require root
p = mmap(NULL, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0)
write(p, PAGE, 'a')
pagemap(p) == PM_PRESENT | PM_FILE | PM_MMAP_EXCLUSIVE
kpageflags(p) & KPF_ANON == 0
f = frame(p)
c = fork()
# fork copies no entries of a shared mapping: the child faults the page in
@c pagemap(p) == 0
@c read(p) == 'a'
@c frame(p) == f
@c pagemap(p) == PM_PRESENT | PM_FILE
pagemap(p) == PM_PRESENT | PM_FILE
mapcount(p) == 2
@c write(p, 1, 'c')
@c frame(p) == f
read(p) == 'c'
@c exit()
pagemap(p) == PM_PRESENT | PM_FILE | PM_MMAP_EXCLUSIVE
