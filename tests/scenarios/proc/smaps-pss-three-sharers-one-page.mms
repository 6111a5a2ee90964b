# One page shared by 3 processes counts 4096 / 3 = 1365 bytes of Pss in each, which smaps prints as 1 kB; with 2 sharers left it is 2 kB.
require root
r = mmap(NULL, 8 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 2 * PAGE, PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
write(p, PAGE, 'a')
c1 = fork()
c2 = fork()
mapcount(p) == 3
smaps(p, "Pss") == 1 * KiB
@c1 smaps(p, "Pss") == 1 * KiB
@c2 smaps(p, "Pss") == 1 * KiB
smaps(p, "Rss") == 4 * KiB
smaps(p, "Pss_Dirty") == 1 * KiB
@c1 exit()
mapcount(p) == 2
smaps(p, "Pss") == 2 * KiB
@c2 smaps(p, "Pss") == 2 * KiB
