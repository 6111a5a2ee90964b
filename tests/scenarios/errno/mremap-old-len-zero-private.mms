# mremap with old_len 0 (duplicate a mapping) works only for shared mappings: on a private mapping it fails with -EINVAL
r = mmap(NULL, 32 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 4 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
write(p, 4 * PAGE, 'p')
mremap(p, 0, 4 * PAGE, MREMAP_MAYMOVE) == -EINVAL
mremap(p, 0, PAGE, MREMAP_MAYMOVE) == -EINVAL
mremap(p, 0, 4 * PAGE, MREMAP_MAYMOVE | MREMAP_FIXED, r + 16 * PAGE) == -EINVAL
# without MAYMOVE too
mremap(p, 0, 4 * PAGE, 0) == -EINVAL
vma(p) == [p, p + 4 * PAGE)
read(p, 4 * PAGE) == 'p'
vma_prot(r + 16 * PAGE) == "---p"
