# A MAP_PRIVATE PROT_WRITE mapping of an O_RDONLY file is allowed: stores copy the page into anonymous memory and never reach the file.
require files
require !soft_dirty
require root
fd = open("data", O_RDWR | O_CREAT, 0600)
pwrite(fd, 'd', 2 * PAGE, 0) == 2 * PAGE
close(fd)
ro = open("data", O_RDONLY)
p = mmap(NULL, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE, ro, 0)
vma_prot(p) == "rw-p"
vmflag(p, "mw") == 1
write(p, PAGE, 'p')
read(p) == 'p'
pagemap(p) == PM_PRESENT | PM_MMAP_EXCLUSIVE
kpageflags(p) & KPF_ANON == KPF_ANON
pread(ro, 2 * PAGE, 0) == 'd'
msync(p, 2 * PAGE, MS_SYNC) == 0
pread(ro, 2 * PAGE, 0) == 'd'
