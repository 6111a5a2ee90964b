# mmap does not check the file size: a mapping longer than the file, or at an offset past its end, succeeds; only the access of a page wholly past the end raises SIGBUS.
require files
require !soft_dirty
fd = open("data", O_RDWR | O_CREAT, 0600)
pwrite(fd, 'd', PAGE, 0) == PAGE
r = mmap(NULL, 64 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + 16 * PAGE) & ~(16 * PAGE - 1)
s = mmap(a, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_FIXED, fd, 0)
vma(s) == [s, s + 4 * PAGE)
read(s, PAGE) == 'd'
read(s + PAGE) == SIGBUS
write(s + 3 * PAGE, 1, 'x') == SIGBUS
pagemap(s + PAGE) == 0
f = mmap(a + 16 * PAGE, PAGE, PROT_READ, MAP_SHARED | MAP_FIXED, fd, 100 * PAGE)
vma(f) == [f, f + PAGE)
read(f) == SIGBUS
# growing the file makes the same addresses valid
ftruncate(fd, 4 * PAGE)
read(s + 3 * PAGE) == 0
write(s + PAGE, 1, 'x')
pread(fd, 1, PAGE) == 'x'
