# Pages that map the shared zero page are present in pagemap but not counted in smaps Rss, Pss or Anonymous.
require zero_page
require !soft_dirty
r = mmap(NULL, 16 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 4 * PAGE, 8 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
madvise(p, 8 * PAGE, MADV_NOHUGEPAGE)
read(p, 8 * PAGE) == 0
pagemap(p) == PM_PRESENT
pagemap(p + 7 * PAGE) == PM_PRESENT
smaps(p, "Rss") == 0
smaps(p, "Pss") == 0
smaps(p, "Anonymous") == 0
smaps(p, "Private_Clean") == 0
smaps(p, "Shared_Clean") == 0
write(p + 2 * PAGE, 1, 'a')
smaps(p, "Rss") == PAGE
smaps(p, "Anonymous") == PAGE
