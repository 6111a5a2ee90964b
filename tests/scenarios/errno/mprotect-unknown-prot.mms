# mprotect rejects prot bits outside READ|WRITE|EXEC|SEM with -EINVAL; GROWSDOWN on a VMA that does not grow down is -EINVAL too
r = mmap(NULL, 16 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 4 * PAGE, 8 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
mprotect(p, PAGE, PROT_READ | 0x10) == -EINVAL
mprotect(p, PAGE, 0x20) == -EINVAL
mprotect(p, PAGE, 0x100) == -EINVAL
mprotect(p, PAGE, PROT_READ | 0x100000) == -EINVAL
mprotect(p, PAGE, PROT_READ | PROT_GROWSDOWN | PROT_GROWSUP) == -EINVAL
mprotect(p, PAGE, PROT_READ | PROT_GROWSDOWN) == -EINVAL
mprotect(p, PAGE, PROT_READ | PROT_GROWSUP) == -EINVAL
vma(p) == [p, p + 8 * PAGE)
vma_prot(p) == "rw-p"
# PROT_SEM is accepted and has no visible effect on x86
mprotect(p, PAGE, PROT_READ | PROT_SEM) == 0
vma_prot(p) == "r--p"
