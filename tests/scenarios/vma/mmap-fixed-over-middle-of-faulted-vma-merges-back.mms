# MAP_FIXED over the middle of a faulted VMA replaces that part; the new unfaulted mapping merges with both halves (same anon_vma): one VMA, middle reads zero.
r = mmap(NULL, 32 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 4 * PAGE, 12 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
write(p, 12 * PAGE, 'a')
m = mmap(p + 4 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
m == p + 4 * PAGE
vma(p) == [p, p + 12 * PAGE)
read(m, 4 * PAGE) == 0
read(p, 4 * PAGE) == 'a'
read(p + 8 * PAGE, 4 * PAGE) == 'a'
pagemap(m) & PM_PRESENT == PM_PRESENT
