# mremap rejects flag bits other than MAYMOVE|FIXED|DONTUNMAP with -EINVAL (the proposed RELOCATE_ANON values 8 and 16 were never merged)
r = mmap(NULL, 32 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 4 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
write(p, 4 * PAGE, 'p')
mremap(p, 4 * PAGE, 4 * PAGE, 8) == -EINVAL
mremap(p, 4 * PAGE, 4 * PAGE, 16) == -EINVAL
mremap(p, 4 * PAGE, 8 * PAGE, MREMAP_MAYMOVE | 8) == -EINVAL
mremap(p, 4 * PAGE, 4 * PAGE, MREMAP_MAYMOVE | MREMAP_FIXED | 16, r + 16 * PAGE) == -EINVAL
mremap(p, 4 * PAGE, 4 * PAGE, 1 << 30) == -EINVAL
mremap(p, 4 * PAGE, 4 * PAGE, -1) == -EINVAL
vma(p) == [p, p + 4 * PAGE)
read(p, 4 * PAGE) == 'p'
