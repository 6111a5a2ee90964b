# MADV_FREE on written private anonymous pages succeeds and, without memory pressure, leaves them mapped and readable with their data; a later write keeps them.
require root
p = mmap(NULL, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
write(p, 4 * PAGE, 'f')
madvise(p, 4 * PAGE, MADV_FREE) == 0
read(p, 4 * PAGE) == 'f'
for i in 0..4: pagemap(p + i * PAGE) & (PM_PRESENT | PM_MMAP_EXCLUSIVE) == PM_PRESENT | PM_MMAP_EXCLUSIVE
mapcount(p) == 1
write(p, 1, 'g')
read(p) == 'g'
read(p + 1, 4 * PAGE - 1) == 'f'
