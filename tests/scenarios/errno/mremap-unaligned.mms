# mremap of an address that is not page aligned, or to an unaligned MREMAP_FIXED target, fails with -EINVAL; unaligned lengths are rounded up
r = mmap(NULL, 32 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 4 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
munmap(r + 8 * PAGE, 8 * PAGE)
write(p, 4 * PAGE, 'p')
mremap(p + 1, PAGE, PAGE, 0) == -EINVAL
mremap(p + 1, PAGE, 2 * PAGE, MREMAP_MAYMOVE) == -EINVAL
mremap(p, PAGE, PAGE, MREMAP_MAYMOVE | MREMAP_FIXED, r + 20 * PAGE + 1) == -EINVAL
vma(p) == [p, p + 4 * PAGE)
vma(r + 20 * PAGE) == [r + 16 * PAGE, r + 32 * PAGE)
# lengths are rounded up: growing by one byte past the end adds a page
mremap(p, 4 * PAGE, 4 * PAGE + 1, 0) == p
vma(p) == [p, p + 5 * PAGE)
mremap(p, 5 * PAGE - 1, 2 * PAGE + 1, 0) == p
vma(p) == [p, p + 3 * PAGE)
read(p, 3 * PAGE) == 'p'
