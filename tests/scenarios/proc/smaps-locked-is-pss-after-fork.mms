# smaps Locked of an mlocked VMA is its Pss: after fork the parent's 4 locked pages are shared, so Locked drops to 8 KiB; the child's copy of the VMA is not locked.
r = mmap(NULL, 12 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 4 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
mlock(p, 4 * PAGE)
smaps(p, "Locked") == 16 * KiB
c = fork()
smaps(p, "Pss") == 8 * KiB
smaps(p, "Locked") == 8 * KiB
@c vmflag(p, "lo") == 0
@c smaps(p, "Locked") == 0
@c smaps(p, "Rss") == 16 * KiB
@c exit()
smaps(p, "Locked") == 16 * KiB
