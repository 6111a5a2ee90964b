# A memfd page mapped by a shared and a private mapping of one process has kpagecount 2 and is exclusive in neither; smaps Pss is half a page in each.
require files
require !soft_dirty
require root
m = memfd_create("m", 0)
pwrite(m, 'm', PAGE, 0) == PAGE
r = mmap(NULL, 64 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + 16 * PAGE) & ~(16 * PAGE - 1)
s = mmap(a, PAGE, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_FIXED, m, 0)
p = mmap(a + 16 * PAGE, PAGE, PROT_READ, MAP_PRIVATE | MAP_FIXED, m, 0)
read(s) == 'm'
read(p) == 'm'
mapcount(s) == 2
pagemap(s) == PM_PRESENT | PM_FILE
pagemap(p) == PM_PRESENT | PM_FILE
smaps(s, "Pss") == 2 * KiB
smaps(p, "Pss") == 2 * KiB
smaps(p, "Shared_Dirty") + smaps(p, "Shared_Clean") == PAGE
