# A memfd page mapped shared by parent and child counts Pss half a page in each and is Shared_Dirty (written) or Shared_Clean (read hole); kpagecount 2; Anonymous 0.
require files
require fault_around_bytes > 4096
require !soft_dirty
require root
m = memfd_create("m", 0)
ftruncate(m, 2 * PAGE)
r = mmap(NULL, 64 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + 16 * PAGE) & ~(16 * PAGE - 1)
s = mmap(a, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_FIXED, m, 0)
write(s, PAGE, 'w')
read(s + PAGE) == 0
c = fork()
@c pagemap(s) == 0
@c read(s) == 'w'
@c smaps(s, "Rss") == 2 * PAGE
mapcount(s) == 2
mapcount(s + PAGE) == 2
smaps(s, "Pss") == 4 * KiB
smaps(s, "Shared_Dirty") == PAGE
smaps(s, "Shared_Clean") == PAGE
@c smaps(s, "Pss") == 4 * KiB
@c smaps(s, "Anonymous") == 0
@c pagemap(s) == PM_PRESENT | PM_FILE
@c exit()
smaps(s, "Pss") == 8 * KiB
pagemap(s) == PM_PRESENT | PM_FILE | PM_MMAP_EXCLUSIVE
