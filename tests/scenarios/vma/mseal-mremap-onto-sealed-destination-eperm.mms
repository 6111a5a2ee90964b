# mremap MREMAP_FIXED onto a sealed destination fails with -EPERM; source and destination stay as they were.
r = mmap(NULL, 32 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 4 * PAGE, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
write(p, 2 * PAGE, 'p')
s = mmap(r + 16 * PAGE, 2 * PAGE, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
mseal(s, 2 * PAGE, 0)
mremap(p, 2 * PAGE, 2 * PAGE, MREMAP_MAYMOVE | MREMAP_FIXED, s) == -EPERM
vma(p) == [p, p + 2 * PAGE)
vma(s) == [s, s + 2 * PAGE)
vma_prot(s) == "r--p"
read(p, 2 * PAGE) == 'p'
