# Written private anonymous pages mapped once are Private_Dirty (and Pss_Dirty) in smaps; Shared_Clean, Shared_Dirty and Private_Clean are 0.
r = mmap(NULL, 12 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 4 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
madvise(p, 4 * PAGE, MADV_NOHUGEPAGE)
write(p, 4 * PAGE, 'a')
smaps(p, "Private_Dirty") == 16 * KiB
smaps(p, "Pss_Dirty") == 16 * KiB
smaps(p, "Private_Clean") == 0
smaps(p, "Shared_Clean") == 0
smaps(p, "Shared_Dirty") == 0
# write-protecting the pages leaves them dirty
mprotect(p, 4 * PAGE, PROT_READ)
smaps(p, "Private_Dirty") == 16 * KiB
