# A MAP_PRIVATE file page that the process has only read is the page-cache page: later pwrites show through it, until the process writes the page and gets its own copy.
require files
require !soft_dirty
fd = open("data", O_RDWR | O_CREAT, 0600)
pwrite(fd, 'a', 2 * PAGE, 0) == 2 * PAGE
r = mmap(NULL, 64 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + 16 * PAGE) & ~(16 * PAGE - 1)
p = mmap(a, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_FIXED, fd, 0)
read(p, 2 * PAGE) == 'a'
pwrite(fd, 'b', 2 * PAGE, 0) == 2 * PAGE
read(p, 2 * PAGE) == 'b'
pagemap(p) == PM_PRESENT | PM_FILE | PM_MMAP_EXCLUSIVE
write(p, 1, 'p')
pagemap(p) == PM_PRESENT | PM_MMAP_EXCLUSIVE
pwrite(fd, 'c', 2 * PAGE, 0) == 2 * PAGE
# the copied page keeps the bytes of the moment of the copy
read(p) == 'p'
read(p + 1, PAGE - 1) == 'b'
# the page not written still shows the file
read(p + PAGE, PAGE) == 'c'
