# 6.17+: a multi-VMA move replaces only the destination pieces that receive a VMA; what is mapped at the destination opposite a source gap (here the carve-out) stays mapped.
require kernel >= 6.17
r = mmap(NULL, 32 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = mmap(r + 2 * PAGE, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
munmap(r + 4 * PAGE, PAGE)
b = mmap(r + 5 * PAGE, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
write(a, 2 * PAGE, 'a')
write(b, 2 * PAGE, 'b')
d = r + 16 * PAGE
mremap(a, 5 * PAGE, 5 * PAGE, MREMAP_MAYMOVE | MREMAP_FIXED, d) == d
vma(d) == [d, d + 2 * PAGE)
vma(d + 2 * PAGE) == [d + 2 * PAGE, d + 3 * PAGE)
vma_prot(d + 2 * PAGE) == "---p"
vma(d + 3 * PAGE) == [d + 3 * PAGE, d + 5 * PAGE)
read(d, 2 * PAGE) == 'a'
read(d + 3 * PAGE, 2 * PAGE) == 'b'
vma(a) == NONE
vma(b) == NONE
