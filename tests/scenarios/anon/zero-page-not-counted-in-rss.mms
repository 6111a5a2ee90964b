# Zero pages mapped by read faults are not counted in smaps Rss or Anonymous, even though pagemap shows them present.
require zero_page
r = mmap(NULL, 8 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 2 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
read(p, 4 * PAGE) == 0
for i in 0..4: pagemap(p + i * PAGE) & PM_PRESENT == PM_PRESENT
smaps(p, "Rss") == 0
smaps(p, "Anonymous") == 0
smaps(p, "Private_Clean") == 0
