# Every read-faulted untouched anonymous page, in any VMA and any process, maps one and the same zero page frame; a write replaces it with a new frame.
require zero_page
require root
r = mmap(NULL, 12 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 2 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
q = mmap(r + 8 * PAGE, 2 * PAGE, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
read(p, 4 * PAGE) == 0
read(q, 2 * PAGE) == 0
z = frame(p)
frame(p + 3 * PAGE) == z
frame(q + PAGE) == z
c = fork()
@c read(q) == 0
@c frame(q) == z
write(p, 1, 'a')
frame(p) != z
frame(p + PAGE) == z
