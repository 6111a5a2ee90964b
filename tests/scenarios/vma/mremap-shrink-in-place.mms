# mremap to a smaller size keeps the address, unmaps the tail and keeps the data of the remaining pages.
r = mmap(NULL, 32 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 4 * PAGE, 8 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
write(p, 8 * PAGE, 'p')
mremap(p, 8 * PAGE, 3 * PAGE, 0) == p
vma(p) == [p, p + 3 * PAGE)
vma(p + 3 * PAGE) == NONE
vma(p + 7 * PAGE) == NONE
read(p, 3 * PAGE) == 'p'
read(p + 3 * PAGE) == SIGSEGV
