# mprotect of a range whose rounded end wraps or passes the top of the address space fails with -ENOMEM and changes nothing
r = mmap(NULL, 16 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 4 * PAGE, 8 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
mprotect(p, -PAGE, PROT_READ) == -ENOMEM
mprotect(p, -1, PROT_READ) == -ENOMEM
mprotect(-PAGE, PAGE, PROT_READ) == -ENOMEM
mprotect(-PAGE, 2 * PAGE, PROT_READ) == -ENOMEM
vma(p) == [p, p + 8 * PAGE)
vma_prot(p) == "rw-p"
