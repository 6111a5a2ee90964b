# smaps Locked is 0 until mlock; mlock populates the whole range (a write fault on private writable memory) and Locked equals its Pss; munlock brings Locked back to 0 with the pages kept.
require !soft_dirty
r = mmap(NULL, 16 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 4 * PAGE, 8 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
write(p, PAGE, 'a')
smaps(p, "Locked") == 0
mlock(p, 8 * PAGE)
smaps(p, "Locked") == 32 * KiB
smaps(p, "Rss") == 32 * KiB
# populated with a write fault: own pages, not the zero page
pagemap(p + 7 * PAGE) == PM_PRESENT | PM_MMAP_EXCLUSIVE
smaps(p, "Anonymous") == 32 * KiB
read(p + 7 * PAGE) == 0
munlock(p, 8 * PAGE)
smaps(p, "Locked") == 0
smaps(p, "Rss") == 32 * KiB
