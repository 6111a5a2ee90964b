# MREMAP_FIXED moves a faulted VMA onto part of the carve-out: the old range is gone, the data and present pages are at the new place.
require root
r = mmap(NULL, 32 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 4 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
write(p, 4 * PAGE, 'p')
f = frame(p)
n = mremap(p, 4 * PAGE, 4 * PAGE, MREMAP_MAYMOVE | MREMAP_FIXED, r + 20 * PAGE)
n == r + 20 * PAGE
vma(n) == [n, n + 4 * PAGE)
vma(p) == NONE
pagemap(p) == 0
pagemap(n) & PM_PRESENT == PM_PRESENT
frame(n) == f
read(n, 4 * PAGE) == 'p'
vma(n + 4 * PAGE) == [n + 4 * PAGE, r + 32 * PAGE)
vma(n - PAGE) == [p + 4 * PAGE, n)
