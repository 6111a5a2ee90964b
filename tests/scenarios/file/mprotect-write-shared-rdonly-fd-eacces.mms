# mprotect(PROT_WRITE) of a MAP_SHARED mapping of an O_RDONLY file fails with -EACCES (the VMA has no mw) and leaves it read-only; a private mapping of the same fd may become writable.
require files
fd = open("data", O_RDWR | O_CREAT, 0600)
pwrite(fd, 'd', PAGE, 0) == PAGE
ro = open("data", O_RDONLY)
s = mmap(NULL, PAGE, PROT_READ, MAP_SHARED, ro, 0)
vmflag(s, "mr") == 1
vmflag(s, "mw") == 0
mprotect(s, PAGE, PROT_READ | PROT_WRITE) == -EACCES
mprotect(s, PAGE, PROT_WRITE) == -EACCES
vma_prot(s) == "r--s"
write(s, 1, 'x') == SIGSEGV
mprotect(s, PAGE, PROT_NONE) == 0
mprotect(s, PAGE, PROT_READ) == 0
read(s) == 'd'
# a shared read-only mapping of the O_RDWR fd keeps mw and may be made writable
t = mmap(NULL, PAGE, PROT_READ, MAP_SHARED, fd, 0)
vmflag(t, "mw") == 1
mprotect(t, PAGE, PROT_READ | PROT_WRITE) == 0
# a private mapping of the O_RDONLY fd keeps mw
p = mmap(NULL, PAGE, PROT_READ, MAP_PRIVATE, ro, 0)
vmflag(p, "mw") == 1
mprotect(p, PAGE, PROT_READ | PROT_WRITE) == 0
write(p, 1, 'p')
pread(ro, 1, 0) == 'd'
