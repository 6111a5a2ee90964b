# MAP_SHARED | MAP_ANONYMOUS memory stays shared across fork: a store by the child is read by the parent and the other way round, on pages touched before fork and on pages first touched after it.
require files
require root
r = mmap(NULL, 64 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + 16 * PAGE) & ~(16 * PAGE - 1)
s = mmap(a, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
write(s, PAGE, 'a')
c = fork()
@c write(s, 1, 'c')
read(s) == 'c'
@c write(s + 2 * PAGE, PAGE, 'n')
read(s + 2 * PAGE, PAGE) == 'n'
write(s + 3 * PAGE, PAGE, 'p')
@c read(s + 3 * PAGE, PAGE) == 'p'
f = frame(s + 2 * PAGE)
@c frame(s + 2 * PAGE) == f
@c exit()
read(s + 2 * PAGE, PAGE) == 'n'
read(s + PAGE, PAGE) == 0
