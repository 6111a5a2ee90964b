# When the parent writes a page it shares with its child, the parent gets a copy (exclusive) and the child's page, the original, becomes exclusive to the child.
require !soft_dirty
require root
p = mmap(NULL, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
write(p, 2 * PAGE, 'a')
f = frame(p)
c = fork()
@c pagemap(p) == PM_PRESENT
write(p, PAGE, 'b')
frame(p) != f
@c frame(p) == f
pagemap(p) == PM_PRESENT | PM_MMAP_EXCLUSIVE
@c pagemap(p) == PM_PRESENT | PM_MMAP_EXCLUSIVE
@c mapcount(p) == 1
@c read(p) == 'a'
pagemap(p + PAGE) == PM_PRESENT
