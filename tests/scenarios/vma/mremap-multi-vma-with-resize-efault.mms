# With new_len != old_len a MREMAP_FIXED move takes the single-VMA path: a range crossing a VMA end fails with -EFAULT and nothing moves.
r = mmap(NULL, 32 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = mmap(r + 2 * PAGE, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
b = mmap(r + 4 * PAGE, 2 * PAGE, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
d = r + 16 * PAGE
mremap(a, 4 * PAGE, 6 * PAGE, MREMAP_MAYMOVE | MREMAP_FIXED, d) == -EFAULT
mremap(a, 4 * PAGE, 3 * PAGE, MREMAP_MAYMOVE | MREMAP_FIXED, d) == -EFAULT
vma(a) == [a, b)
vma(b) == [b, b + 2 * PAGE)
vma(d) == [b + 2 * PAGE, r + 32 * PAGE)
