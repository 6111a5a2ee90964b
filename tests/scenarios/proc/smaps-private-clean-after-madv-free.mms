# MADV_FREE on private anonymous pages mapped once cleans their PTEs: the pages stay mapped and count as Private_Clean instead of Private_Dirty until written again.
require !soft_dirty
r = mmap(NULL, 12 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 4 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
write(p, 4 * PAGE, 'a')
smaps(p, "Private_Dirty") == 16 * KiB
madvise(p, 2 * PAGE, MADV_FREE) == 0
smaps(p, "Private_Clean") == 8 * KiB
smaps(p, "Private_Dirty") == 8 * KiB
smaps(p, "Pss_Dirty") == 8 * KiB
smaps(p, "Rss") == 16 * KiB
pagemap(p) == PM_PRESENT | PM_MMAP_EXCLUSIVE
read(p, PAGE) == 'a'
write(p, 1, 'b')
smaps(p, "Private_Clean") == 4 * KiB
smaps(p, "Private_Dirty") == 12 * KiB
