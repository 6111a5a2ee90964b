# since 6.17 a same-size MREMAP_FIXED move may span several VMAs (no -EFAULT), keeping the gaps between them; any resize across VMAs is still -EFAULT
r = mmap(NULL, 32 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = mmap(r + 2 * PAGE, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
b = mmap(r + 4 * PAGE, 2 * PAGE, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
munmap(r + 6 * PAGE, 2 * PAGE)
c = mmap(r + 8 * PAGE, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
munmap(r + 16 * PAGE, 16 * PAGE)
write(a, 2 * PAGE, 'a')
write(c, 2 * PAGE, 'c')
d = r + 20 * PAGE
mremap(a, 8 * PAGE, 10 * PAGE, MREMAP_MAYMOVE | MREMAP_FIXED, d) == -EFAULT
mremap(a, 8 * PAGE, 6 * PAGE, MREMAP_MAYMOVE | MREMAP_FIXED, d) == -EFAULT
vma(d) == NONE
mremap(a, 8 * PAGE, 8 * PAGE, MREMAP_MAYMOVE | MREMAP_FIXED, d) == d
vma(d) == [d, d + 2 * PAGE)
read(d, 2 * PAGE) == 'a'
vma_prot(d + 2 * PAGE) == "r--p"
vma(d + 4 * PAGE) == NONE
read(d + 6 * PAGE, 2 * PAGE) == 'c'
vma(a) == NONE
vma(c) == NONE
