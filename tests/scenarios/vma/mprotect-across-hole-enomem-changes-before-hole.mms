# mprotect over a range with a hole fails with -ENOMEM, but the VMA before the hole has already been changed.
r = mmap(NULL, 32 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 4 * PAGE, 8 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
munmap(p + 4 * PAGE, 2 * PAGE)
mprotect(p, 8 * PAGE, PROT_READ) == -ENOMEM
vma_prot(p) == "r--p"
vma(p) == [p, p + 4 * PAGE)
vma_prot(p + 6 * PAGE) == "rw-p"
vma(p + 6 * PAGE) == [p + 6 * PAGE, p + 8 * PAGE)
