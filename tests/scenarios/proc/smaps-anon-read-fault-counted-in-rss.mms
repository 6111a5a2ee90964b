# Without the zero page, pages that a read faulted into a writable private anonymous VMA are counted in smaps Rss, Pss and Anonymous as private dirty pages (their PTEs are made dirty at once); a later write adds nothing.
require !zero_page
require !soft_dirty
r = mmap(NULL, 16 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 4 * PAGE, 8 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
madvise(p, 8 * PAGE, MADV_NOHUGEPAGE)
read(p, 8 * PAGE) == 0
pagemap(p) == PM_PRESENT | PM_MMAP_EXCLUSIVE
pagemap(p + 7 * PAGE) == PM_PRESENT | PM_MMAP_EXCLUSIVE
smaps(p, "Rss") == 8 * PAGE
smaps(p, "Pss") == 8 * PAGE
smaps(p, "Anonymous") == 8 * PAGE
smaps(p, "Private_Clean") == 0
smaps(p, "Private_Dirty") == 8 * PAGE
smaps(p, "Shared_Clean") == 0
smaps(p, "Shared_Dirty") == 0
write(p + 2 * PAGE, 1, 'a')
smaps(p, "Rss") == 8 * PAGE
smaps(p, "Anonymous") == 8 * PAGE
smaps(p, "Private_Dirty") == 8 * PAGE
