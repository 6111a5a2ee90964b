# A memfd mapping past the end of the file raises SIGBUS on read and write, shared or private; the last partial page reads in full with zeros after the end; growing the file makes the pages readable.
require files
require !soft_dirty
m = memfd_create("m", 0)
pwrite(m, 'm', PAGE + 10, 0) == PAGE + 10
r = mmap(NULL, 64 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + 16 * PAGE) & ~(16 * PAGE - 1)
s = mmap(a, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_FIXED, m, 0)
p = mmap(a + 16 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_FIXED, m, 0)
read(s + PAGE, 10) == 'm'
read(s + PAGE + 10, PAGE - 10) == 0
read(s + 2 * PAGE) == SIGBUS
write(s + 3 * PAGE, 1, 'x') == SIGBUS
read(p + 2 * PAGE) == SIGBUS
write(p + 2 * PAGE, 1, 'x') == SIGBUS
pagemap(s + 2 * PAGE) == 0
ftruncate(m, 4 * PAGE) == 0
read(s + 3 * PAGE) == 0
write(p + 2 * PAGE, 1, 'x')
read(s + 2 * PAGE) == 0
