# After fork a private anonymous page is mapped by both processes: PM_MMAP_EXCLUSIVE is clear on both sides, PM_PRESENT stays.
require !soft_dirty
require root
p = mmap(NULL, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
write(p, 4 * PAGE, 'a')
pagemap(p) == PM_PRESENT | PM_MMAP_EXCLUSIVE
c = fork()
for i in 0..4: pagemap(p + i * PAGE) == PM_PRESENT
@c for i in 0..4: pagemap(p + i * PAGE) == PM_PRESENT
mapcount(p) == 2
# reading does not change sharing
@c read(p, 4 * PAGE) == 'a'
read(p, 4 * PAGE) == 'a'
pagemap(p + PAGE) == PM_PRESENT
@c pagemap(p + PAGE) == PM_PRESENT
