# munmap over a range that includes a sealed VMA fails with -EPERM and unmaps nothing, not even the unsealed parts.
r = mmap(NULL, 32 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 4 * PAGE, 12 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
mseal(p + 4 * PAGE, 4 * PAGE, 0)
munmap(p, 12 * PAGE) == -EPERM
vma(p) == [p, p + 4 * PAGE)
vma(p + 8 * PAGE) == [p + 8 * PAGE, p + 12 * PAGE)
