# When the child that shared a private anonymous page exits, the parent's page is mapped once again and PM_MMAP_EXCLUSIVE returns.
require !soft_dirty
require root
p = mmap(NULL, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
write(p, 4 * PAGE, 'a')
c = fork()
pagemap(p) == PM_PRESENT
mapcount(p) == 2
@c exit()
for i in 0..4: pagemap(p + i * PAGE) == PM_PRESENT | PM_MMAP_EXCLUSIVE
mapcount(p) == 1
