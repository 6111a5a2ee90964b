# mprotect(PROT_NONE) on written anonymous pages makes every access raise SIGSEGV, but keeps the pages: restoring PROT_READ|PROT_WRITE shows the same data and frame.
require root
p = mmap(NULL, PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
write(p, PAGE, 'n')
f = frame(p)
mprotect(p, PAGE, PROT_NONE) == 0
read(p) == SIGSEGV
write(p, 1, 'x') == SIGSEGV
mprotect(p, PAGE, PROT_READ | PROT_WRITE) == 0
read(p, PAGE) == 'n'
frame(p) == f
