# Pss sums each page's share PAGE_SIZE/mapcount in fixed point (12 fractional bits, truncated), then prints whole kB truncated: 3 pages shared by 3 processes give 3 KiB, not 4; 4 pages give 5 KiB; 6 pages give 7 KiB.
require root
r = mmap(NULL, 24 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = mmap(r + 2 * PAGE, 3 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
b = mmap(r + 8 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
d = mmap(r + 14 * PAGE, 6 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
write(a, 3 * PAGE, 'a')
write(b, 4 * PAGE, 'b')
write(d, 6 * PAGE, 'd')
c1 = fork()
c2 = fork()
mapcount(a) == 3
# 3 x floor(4096 * 4096 / 3) = 16777215 -> 4095 bytes -> 3 kB
smaps(a, "Pss") == 3 * KiB
@c1 smaps(a, "Pss") == 3 * KiB
@c2 smaps(a, "Pss") == 3 * KiB
# 4 x 5592405 = 22369620 -> 5461 bytes -> 5 kB
smaps(b, "Pss") == 5 * KiB
@c2 smaps(b, "Pss") == 5 * KiB
# 6 x 5592405 = 33554430 -> 8191 bytes -> 7 kB
smaps(d, "Pss") == 7 * KiB
@c1 smaps(d, "Pss") == 7 * KiB
smaps(a, "Rss") == 3 * PAGE
