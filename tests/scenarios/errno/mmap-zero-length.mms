# mmap with a length of 0 fails with -EINVAL, with or without MAP_FIXED, and maps nothing
r = mmap(NULL, 16 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
munmap(r + 4 * PAGE, 4 * PAGE)
mmap(NULL, 0, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0) == -EINVAL
mmap(r + 4 * PAGE, 0, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0) == -EINVAL
mmap(r + 4 * PAGE, 0, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0) == -EINVAL
vma(r + 4 * PAGE) == NONE
# a zero length over an existing mapping does not replace it either
mmap(r, 0, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0) == -EINVAL
vma(r) == [r, r + 4 * PAGE)
vma_prot(r) == "---p"
# a length of 1 is rounded up to a whole page
a = mmap(r + 4 * PAGE, 1, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0) == r + 4 * PAGE
vma(a) == [a, a + PAGE)
