# MADV_REMOVE on MAP_SHARED | MAP_ANONYMOUS frees the shmem pages: in a forked child the removed page reads 0 too, and a child's remove zeroes the parent's page.
require files
r = mmap(NULL, 64 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + 16 * PAGE) & ~(16 * PAGE - 1)
s = mmap(a, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
write(s, 4 * PAGE, 's')
c = fork()
madvise(s + PAGE, PAGE, MADV_REMOVE) == 0
read(s + PAGE, PAGE) == 0
@c read(s + PAGE, PAGE) == 0
@c madvise(s + 2 * PAGE, PAGE, MADV_REMOVE) == 0
read(s + 2 * PAGE, PAGE) == 0
read(s + 3 * PAGE, PAGE) == 's'
@c read(s, PAGE) == 's'
