# 6.17+: a multi-VMA move (MREMAP_FIXED, old_len == new_len) whose range starts in a gap fails with -EFAULT and moves nothing.
require kernel >= 6.17
r = mmap(NULL, 32 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
munmap(r + 2 * PAGE, PAGE)
a = mmap(r + 3 * PAGE, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
b = mmap(r + 6 * PAGE, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
d = r + 16 * PAGE
mremap(r + 2 * PAGE, 6 * PAGE, 6 * PAGE, MREMAP_MAYMOVE | MREMAP_FIXED, d) == -EFAULT
vma(a) == [a, a + 2 * PAGE)
vma(b) == [b, b + 2 * PAGE)
vma(d) == [b + 2 * PAGE, r + 32 * PAGE)
