# VM_WIPEONFORK is inherited: a child that writes the wiped range and forks again hands its grandchild an empty range too.
require !soft_dirty
p = mmap(NULL, PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
write(p, PAGE, 'p')
madvise(p, PAGE, MADV_WIPEONFORK) == 0
c = fork()
@c read(p, PAGE) == 0
@c write(p, PAGE, 'c')
@c g = fork()
@g pagemap(p) == 0
@g read(p, PAGE) == 0
@c read(p, PAGE) == 'c'
@g exit()
@c exit()
read(p, PAGE) == 'p'
