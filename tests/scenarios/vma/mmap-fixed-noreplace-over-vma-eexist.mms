# MAP_FIXED_NOREPLACE over an existing VMA fails with -EEXIST and leaves the layout unchanged.
r = mmap(NULL, 32 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 4 * PAGE, 8 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
write(p, 8 * PAGE, 'p')
mmap(p + 2 * PAGE, 2 * PAGE, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0) == -EEXIST
vma(p) == [p, p + 8 * PAGE)
vma_prot(p + 2 * PAGE) == "rw-p"
read(p, 8 * PAGE) == 'p'
