# Even a PROT_NONE reservation after the VMA blocks growing in place: mremap without MAYMOVE fails with -ENOMEM.
r = mmap(NULL, 32 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 4 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
mremap(p, 4 * PAGE, 5 * PAGE, 0) == -ENOMEM
vma(p) == [p, p + 4 * PAGE)
vma(p + 4 * PAGE) == [p + 4 * PAGE, r + 32 * PAGE)
