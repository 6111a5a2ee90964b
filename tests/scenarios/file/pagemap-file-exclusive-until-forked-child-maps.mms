# A shared file page is PM_MMAP_EXCLUSIVE while one process maps it once; after fork the child has no PTE until it faults, then both are not exclusive (kpagecount 2); when the child exits the parent's is exclusive again.
require files
require !soft_dirty
require root
fd = open("data", O_RDWR | O_CREAT, 0600)
pwrite(fd, 'd', PAGE, 0) == PAGE
r = mmap(NULL, 64 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + 16 * PAGE) & ~(16 * PAGE - 1)
s = mmap(a, PAGE, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_FIXED, fd, 0)
read(s) == 'd'
pagemap(s) == PM_PRESENT | PM_FILE | PM_MMAP_EXCLUSIVE
c = fork()
@c pagemap(s) == 0
pagemap(s) == PM_PRESENT | PM_FILE | PM_MMAP_EXCLUSIVE
@c read(s) == 'd'
@c pagemap(s) == PM_PRESENT | PM_FILE
pagemap(s) == PM_PRESENT | PM_FILE
mapcount(s) == 2
@c exit()
pagemap(s) == PM_PRESENT | PM_FILE | PM_MMAP_EXCLUSIVE
mapcount(s) == 1
