# mprotect(PROT_WRITE) is always allowed on private anonymous memory, whatever prot it was mapped with
r = mmap(NULL, 16 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = mmap(r + 2 * PAGE, 2 * PAGE, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
b = mmap(r + 6 * PAGE, 2 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
c = mmap(r + 10 * PAGE, 2 * PAGE, PROT_EXEC, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
write(a, 1, 'a') == SIGSEGV
mprotect(a, 2 * PAGE, PROT_READ | PROT_WRITE) == 0
write(a, 2 * PAGE, 'a')
read(a, 2 * PAGE) == 'a'
mprotect(b, 2 * PAGE, PROT_WRITE) == 0
vma_prot(b) == "-w-p"
write(b, PAGE, 'b')
mprotect(c, 2 * PAGE, PROT_READ | PROT_WRITE | PROT_EXEC) == 0
vma_prot(c) == "rwxp"
write(c, PAGE, 'c')
read(c, PAGE) == 'c'
# the carve-out itself, mapped PROT_NONE
mprotect(r, PAGE, PROT_WRITE) == 0
vma_prot(r) == "-w-p"
