p = mmap(NULL, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
write(p, 2 * PAGE, 'a')
f = frame(p)
c = fork()
@c frame(p) == f
@c write(p, PAGE, 'b')
@c frame(p) != f
read(p) == 'a'
