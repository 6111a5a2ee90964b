# MREMAP_DONTUNMAP moves the pages to the new place but keeps the old VMA: it has no pages and reads zero, the new VMA holds the data.
r = mmap(NULL, 32 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 4 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
write(p, 4 * PAGE, 'p')
n = mremap(p, 4 * PAGE, 4 * PAGE, MREMAP_MAYMOVE | MREMAP_FIXED | MREMAP_DONTUNMAP, r + 20 * PAGE)
n == r + 20 * PAGE
vma(p) == [p, p + 4 * PAGE)
vma(n) == [n, n + 4 * PAGE)
pagemap(p) & PM_PRESENT == 0
pagemap(n) & PM_PRESENT == PM_PRESENT
read(n, 4 * PAGE) == 'p'
read(p, 4 * PAGE) == 0
