# munmap of a hole in the middle of a VMA splits it in two around the hole; the data on both sides stays.
r = mmap(NULL, 32 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 4 * PAGE, 12 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
write(p, 12 * PAGE, 'p')
munmap(p + 4 * PAGE, 3 * PAGE)
vma(p) == [p, p + 4 * PAGE)
vma(p + 4 * PAGE) == NONE
vma(p + 6 * PAGE) == NONE
vma(p + 7 * PAGE) == [p + 7 * PAGE, p + 12 * PAGE)
read(p + 4 * PAGE) == SIGSEGV
read(p, 4 * PAGE) == 'p'
read(p + 7 * PAGE, 5 * PAGE) == 'p'
