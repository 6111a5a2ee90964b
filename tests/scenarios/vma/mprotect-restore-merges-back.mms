# Restoring the original protection on a split-off middle part merges the three VMAs back into one (faulted VMA: the parts share one anon_vma).
r = mmap(NULL, 32 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 4 * PAGE, 12 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
write(p, 12 * PAGE, 'a')
mprotect(p + 4 * PAGE, 4 * PAGE, PROT_READ)
vma(p + 4 * PAGE) == [p + 4 * PAGE, p + 8 * PAGE)
mprotect(p + 4 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE)
vma(p) == [p, p + 12 * PAGE)
read(p, 12 * PAGE) == 'a'
