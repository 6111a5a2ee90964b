# A file of one page and 10 bytes: its last page reads in full (the bytes past the end read 0), the page after it raises SIGBUS on read and on write.
require files
require !soft_dirty
fd = open("data", O_RDWR | O_CREAT, 0600)
pwrite(fd, 'd', PAGE + 10, 0) == PAGE + 10
r = mmap(NULL, 64 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + 16 * PAGE) & ~(16 * PAGE - 1)
s = mmap(a, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_FIXED, fd, 0)
read(s, PAGE) == 'd'
read(s + PAGE, 10) == 'd'
read(s + PAGE + 10, PAGE - 10) == 0
read(s + PAGE, PAGE) == MIXED
read(s + 2 * PAGE) == SIGBUS
write(s + 2 * PAGE, 1, 'x') == SIGBUS
read(s + 3 * PAGE) == SIGBUS
pagemap(s + PAGE) == PM_PRESENT | PM_FILE | PM_MMAP_EXCLUSIVE
pagemap(s + 2 * PAGE) == 0
# a read of several pages stops with the signal at the first page past the end
read(s, 3 * PAGE) == SIGBUS
