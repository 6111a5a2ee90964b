# A read fault on a hole of a sparse ext4 file (grown by ftruncate) reads 0 and maps a zeroed page-cache page, not the shared zero page: PM_FILE, kpagecount 1, no KPF_ZERO_PAGE; pread reads 0.
require files
require !soft_dirty
require root
fd = open("data", O_RDWR | O_CREAT, 0600)
ftruncate(fd, 4 * PAGE)
r = mmap(NULL, 64 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + 16 * PAGE) & ~(16 * PAGE - 1)
p = mmap(a, 4 * PAGE, PROT_READ, MAP_PRIVATE | MAP_FIXED, fd, 0)
read(p + 2 * PAGE, PAGE) == 0
pagemap(p + 2 * PAGE) == PM_PRESENT | PM_FILE | PM_MMAP_EXCLUSIVE
mapcount(p + 2 * PAGE) == 1
kpageflags(p + 2 * PAGE) & (KPF_ZERO_PAGE | KPF_ANON | KPF_MMAP | KPF_UPTODATE) == KPF_MMAP | KPF_UPTODATE
pread(fd, 4 * PAGE, 0) == 0
# a shared mapping of the file maps that same cached page
s = mmap(a + 16 * PAGE, 4 * PAGE, PROT_READ, MAP_SHARED | MAP_FIXED, fd, 0)
read(s + 2 * PAGE) == 0
frame(s + 2 * PAGE) == frame(p + 2 * PAGE)
