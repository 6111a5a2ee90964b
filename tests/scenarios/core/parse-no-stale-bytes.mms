# A line ending in a 0 is read alone: nothing of a longer line before it shows through
# (the lexer once looked one byte past the end of a line for an 'x' of 0x).
require root
p = mmap(NULL, PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
c = fork()
@c write(p, PAGE, 'x')
mapcount(p) == 0
@c mapcount(p) == 1
x = 0
