# smaps of MAP_SHARED | MAP_ANONYMOUS: alone the written page is Private_Dirty and a read hole page Private_Clean, none Anonymous; once a child maps both they are Shared_Dirty / Shared_Clean and Pss is halved.
require files
require root
r = mmap(NULL, 64 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + 16 * PAGE) & ~(16 * PAGE - 1)
s = mmap(a, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
write(s, PAGE, 'w')
read(s + PAGE) == 0
smaps(s, "Rss") == 2 * PAGE
smaps(s, "Private_Dirty") == PAGE
smaps(s, "Private_Clean") == PAGE
smaps(s, "Anonymous") == 0
smaps(s, "Pss") == 8 * KiB
c = fork()
@c read(s, 2 * PAGE) == MIXED
smaps(s, "Shared_Dirty") == PAGE
smaps(s, "Shared_Clean") == PAGE
smaps(s, "Private_Dirty") == 0
smaps(s, "Private_Clean") == 0
smaps(s, "Pss") == 4 * KiB
@c smaps(s, "Pss") == 4 * KiB
@c smaps(s, "Anonymous") == 0
mapcount(s) == 2
@c exit()
smaps(s, "Pss") == 8 * KiB
