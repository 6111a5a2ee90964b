# MAP_FIXED over a sealed VMA fails with -EPERM; the sealed VMA and its data stay.
r = mmap(NULL, 32 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 4 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
write(p, 4 * PAGE, 'p')
mseal(p, 4 * PAGE, 0)
mmap(p + PAGE, PAGE, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0) == -EPERM
vma(p) == [p, p + 4 * PAGE)
vma_prot(p + PAGE) == "rw-p"
read(p, 4 * PAGE) == 'p'
