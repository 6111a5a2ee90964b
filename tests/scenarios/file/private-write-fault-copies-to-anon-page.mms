# A write fault on a MAP_PRIVATE file mapping copies the page into a new anonymous page: PM_FILE clear, KPF_ANON, another frame than the page cache's, smaps Anonymous; the cached page keeps the file bytes.
require files
require !soft_dirty
require root
fd = open("data", O_RDWR | O_CREAT, 0600)
pwrite(fd, 'd', PAGE, 0) == PAGE
r = mmap(NULL, 64 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + 16 * PAGE) & ~(16 * PAGE - 1)
s = mmap(a, PAGE, PROT_READ, MAP_SHARED | MAP_FIXED, fd, 0)
read(s) == 'd'
p = mmap(a + 16 * PAGE, PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_FIXED, fd, 0)
write(p, 1, 'p')
pagemap(p) == PM_PRESENT | PM_MMAP_EXCLUSIVE
kpageflags(p) & (KPF_ANON | KPF_MMAP) == KPF_ANON | KPF_MMAP
frame(p) != frame(s)
mapcount(s) == 1
mapcount(p) == 1
read(p + 1, PAGE - 1) == 'd'
read(s, PAGE) == 'd'
smaps(p, "Anonymous") == 4 * KiB
smaps(p, "Rss") == 4 * KiB
vmflag(p, "ac") == 1
