# mprotect of a sealed VMA fails with -EPERM; over a range that reaches a sealed VMA, the VMAs before it are changed first
r = mmap(NULL, 16 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 4 * PAGE, 8 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
mseal(p + 4 * PAGE, 2 * PAGE, 0)
mprotect(p + 4 * PAGE, 2 * PAGE, PROT_READ) == -EPERM
mprotect(p + 5 * PAGE, PAGE, PROT_NONE) == -EPERM
# even to the same protection
mprotect(p + 4 * PAGE, 2 * PAGE, PROT_READ | PROT_WRITE) == -EPERM
vma_prot(p + 4 * PAGE) == "rw-p"
# p .. p + 4 * PAGE is changed, then the sealed VMA stops the call
mprotect(p, 8 * PAGE, PROT_READ) == -EPERM
vma_prot(p) == "r--p"
vma(p) == [p, p + 4 * PAGE)
vma_prot(p + 4 * PAGE) == "rw-p"
vma_prot(p + 6 * PAGE) == "rw-p"
# the part after the sealed VMA on its own
mprotect(p + 6 * PAGE, 2 * PAGE, PROT_READ) == 0
vma_prot(p + 6 * PAGE) == "r--p"
