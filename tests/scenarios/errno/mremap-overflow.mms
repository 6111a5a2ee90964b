# mremap lengths beyond the user address space fail with -EINVAL, and so does a MREMAP_FIXED target whose end passes the top
r = mmap(NULL, 32 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 4 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
write(p, 4 * PAGE, 'p')
mremap(p, -PAGE, PAGE, 0) == -EINVAL
mremap(p, 4 * PAGE, -PAGE, MREMAP_MAYMOVE) == -EINVAL
mremap(p, 4 * PAGE, 1 << 47, MREMAP_MAYMOVE) == -EINVAL
mremap(p, 4 * PAGE, 4 * PAGE, MREMAP_MAYMOVE | MREMAP_FIXED, -PAGE) == -EINVAL
mremap(p, 4 * PAGE, 4 * PAGE, MREMAP_MAYMOVE | MREMAP_FIXED, (1 << 47) - 2 * PAGE) == -EINVAL
vma(p) == [p, p + 4 * PAGE)
read(p, 4 * PAGE) == 'p'
