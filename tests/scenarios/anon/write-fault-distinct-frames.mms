# Each written page of a private anonymous mapping gets its own frame, distinct from its neighbours' and from the zero page.
require root
p = mmap(NULL, 3 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
z = mmap(NULL, PAGE, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
read(z) == 0
write(p, 3 * PAGE, 'd')
a = frame(p)
b = frame(p + PAGE)
a != b
frame(p + 2 * PAGE) != a
frame(p + 2 * PAGE) != b
frame(z) != a
smaps(p, "Anonymous") == 3 * PAGE
