# Once the child that shared a page has exited, the parent's write keeps its data and leaves it one exclusive page (mapcount 1); whether the frame is reused is timing-dependent and not checked.
require root
p = mmap(NULL, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
write(p, 2 * PAGE, 'a')
c = fork()
mapcount(p) == 2
@c exit()
mapcount(p) == 1
pagemap(p) & (PM_PRESENT | PM_MMAP_EXCLUSIVE) == PM_PRESENT | PM_MMAP_EXCLUSIVE
write(p, 1, 'b')
read(p) == 'b'
read(p + 1, PAGE - 1) == 'a'
read(p + PAGE, PAGE) == 'a'
mapcount(p) == 1
pagemap(p) & (PM_PRESENT | PM_MMAP_EXCLUSIVE) == PM_PRESENT | PM_MMAP_EXCLUSIVE
smaps(p, "Anonymous") == 2 * PAGE
