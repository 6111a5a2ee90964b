# After fork the private anonymous pages count as Shared_Dirty on both sides (fork keeps the dirty bit of private PTEs) and Pss_Dirty halves; once the child exits they are Private_Dirty again.
r = mmap(NULL, 12 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 4 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
madvise(p, 4 * PAGE, MADV_NOHUGEPAGE)
write(p, 4 * PAGE, 'a')
c = fork()
smaps(p, "Shared_Dirty") == 16 * KiB
smaps(p, "Private_Dirty") == 0
smaps(p, "Shared_Clean") == 0
smaps(p, "Private_Clean") == 0
smaps(p, "Pss_Dirty") == 8 * KiB
@c smaps(p, "Shared_Dirty") == 16 * KiB
@c smaps(p, "Private_Dirty") == 0
@c smaps(p, "Shared_Clean") == 0
@c smaps(p, "Pss_Dirty") == 8 * KiB
# a child's copy is its own page
@c write(p, 1, 'c')
@c smaps(p, "Private_Dirty") == 4 * KiB
@c smaps(p, "Shared_Dirty") == 12 * KiB
smaps(p, "Private_Dirty") == 4 * KiB
smaps(p, "Shared_Dirty") == 12 * KiB
@c exit()
smaps(p, "Private_Dirty") == 16 * KiB
smaps(p, "Shared_Dirty") == 0
smaps(p, "Pss_Dirty") == 16 * KiB
