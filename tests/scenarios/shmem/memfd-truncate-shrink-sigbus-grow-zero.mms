# ftruncate shrinking a memfd frees and unmaps the pages past the new end (SIGBUS on access); growing it back makes them read 0 through the old mapping and pread.
require files
require !soft_dirty
m = memfd_create("m", 0)
pwrite(m, 'm', 8 * PAGE, 0) == 8 * PAGE
r = mmap(NULL, 64 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + 16 * PAGE) & ~(16 * PAGE - 1)
s = mmap(a, 8 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_FIXED, m, 0)
read(s, 8 * PAGE) == 'm'
ftruncate(m, 3 * PAGE) == 0
smaps(s, "Rss") == 3 * PAGE
pagemap(s + 3 * PAGE) == 0
read(s + 3 * PAGE) == SIGBUS
write(s + 7 * PAGE, 1, 'x') == SIGBUS
ftruncate(m, 8 * PAGE) == 0
read(s + 3 * PAGE, 5 * PAGE) == 0
pread(m, 5 * PAGE, 3 * PAGE) == 0
read(s, 3 * PAGE) == 'm'
