# mremap with new_len 0 fails with -EINVAL whatever the flags, and leaves the mapping
r = mmap(NULL, 16 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 4 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
write(p, 4 * PAGE, 'p')
mremap(p, 4 * PAGE, 0, 0) == -EINVAL
mremap(p, 4 * PAGE, 0, MREMAP_MAYMOVE) == -EINVAL
mremap(p, 4 * PAGE, 0, MREMAP_MAYMOVE | MREMAP_FIXED, r + 12 * PAGE) == -EINVAL
vma(p) == [p, p + 4 * PAGE)
read(p, 4 * PAGE) == 'p'
vma_prot(r + 12 * PAGE) == "---p"
