# MADV_DODUMP on a part that had MADV_DONTDUMP clears the flag and merges the three VMAs back into one, also when faulted.
r = mmap(NULL, 32 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 4 * PAGE, 12 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
write(p, 12 * PAGE, 'p')
madvise(p + 4 * PAGE, 4 * PAGE, MADV_DONTDUMP)
vma(p + 4 * PAGE) == [p + 4 * PAGE, p + 8 * PAGE)
madvise(p + 4 * PAGE, 4 * PAGE, MADV_DODUMP)
vma(p + 4 * PAGE) == [p, p + 12 * PAGE)
